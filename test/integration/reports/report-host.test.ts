// The desktop app's side of a report: where to save is asked of the host (its native Save dialog), and only a report
// written in this session may be opened or shown in its folder.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/main/backend/backend.ts';
import { fixtureText, startBackend, tempFolder } from '../backend/support.ts';

function desktopHost(folder: string) {
  const asked: string[] = [];
  const revealed: Array<[string, string]> = [];
  let answer: 'save' | 'cancel' = 'cancel';
  const host: Host = {
    nativeDialogs: true,
    chooseRegisterToOpen: async () => null,
    chooseRegisterToCreate: async () => null,
    chooseDocumentDestination: async (_document, suggested) => {
      asked.push(suggested);
      return answer === 'save' ? path.join(folder, suggested) : null;
    },
    revealFile: async (filePath, how) => {
      revealed.push([filePath, how]);
      return true;
    },
  };
  return { host, asked, revealed, answer: (next: 'save' | 'cancel') => (answer = next) };
}

async function withFixture(host: Host) {
  const started = startBackend({ host });
  const created = await started.backend.invoke('createFile', { path: path.join(tempFolder(), 'btc.ropa'), name: 'BTC', defaultLanguage: 'sl' });
  if (!created.ok) throw new Error(created.error.message);
  await started.call('importRegister', { text: fixtureText('btc-sl'), fileName: 'btc-sl.ropa.json' });
  return started;
}

describe('a register report in the desktop app', () => {
  it('asks where to save with a name that says register, language and revision; no answer is a cancel that writes nothing', async () => {
    const folder = tempFolder();
    const desktop = desktopHost(folder);
    const { call } = await withFixture(desktop.host);
    const suggested = 'BTC, d.d. – evidenca dejavnosti obdelave osebnih podatkov – evidenca po členu 30 (sl, razl. 1).pdf';
    expect(await call('createReport', { language: 'sl', includeDrafts: false })).toEqual({ cancelled: true });
    expect(desktop.asked).toEqual([suggested]);

    desktop.answer('save');
    const report = await call('createReport', { language: 'sl', includeDrafts: false });
    if ('cancelled' in report) throw new Error('cancelled');
    expect(report.path).toBe(path.join(folder, suggested));
    expect(existsSync(report.path)).toBe(true);
    expect(report.pages).toBeGreaterThan(5);
  });

  it('opens or shows in its folder a report it wrote, and refuses any other file', async () => {
    const folder = tempFolder();
    const desktop = desktopHost(folder);
    const { call, failure } = await withFixture(desktop.host);
    const target = path.join(folder, 'register.pdf');
    await call('createReport', { language: 'en', includeDrafts: false, path: target });

    expect(await call('revealFile', { path: target, how: 'open' })).toEqual({ revealed: true });
    expect(await call('revealFile', { path: target, how: 'show-in-folder' })).toEqual({ revealed: true });
    const other = path.join(folder, 'not-a-report.sh');
    writeFileSync(other, 'echo hello');
    expect(await failure('revealFile', { path: other, how: 'open' })).toMatchObject({ code: 'invalid-input', path: 'path' });
    expect(desktop.revealed).toEqual([
      [target, 'open'],
      [target, 'show-in-folder'],
    ]);
  });
});
