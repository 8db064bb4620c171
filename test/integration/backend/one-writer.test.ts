// One writer per register: a second RoPA Desk (window or command) opening a register another is writing to is told
// so at once, by whom, and may open it read-only; a lock left by a process that is gone is taken over.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ropa } from '../../support/cli.ts';
import { fixtureText, sha256, startBackend, tempFolder } from './support.ts';

async function registerOpenInFirst() {
  const first = startBackend();
  const registerPath = path.join(tempFolder(), 'acme.ropa');
  await first.call('createFile', { path: registerPath, name: 'Acme', defaultLanguage: 'en' });
  await first.call('importRegister', { text: fixtureText('btc-sl'), fileName: 'btc-sl.ropa.json' });
  return { first, registerPath };
}

describe('a register another RoPA Desk is writing to', () => {
  it('is refused for writing, saying who has it, and opens read-only, where every change is refused', async () => {
    const { first, registerPath } = await registerOpenInFirst();
    const second = startBackend();
    const refused = await second.failure('openFile', { path: registerPath });
    expect(refused).toMatchObject({
      code: 'in-use',
      path: 'path',
      message: expect.stringMatching(
        new RegExp(`is open in another RoPA Desk \\(process ${process.pid}, since .*\\): open it read-only, or close it there first`),
      ),
    });

    const before = sha256(registerPath);
    const opened = await second.call('openFile', { path: registerPath, readOnly: true });
    expect(opened).toMatchObject({ info: { readOnly: true, counts: { activities: 5 } } });
    const [activity] = await second.call('listActivities', {});
    const record = await second.call('getActivity', { id: activity!.id });
    expect(await second.failure('saveActivity', { record: { ...record, owner: 'HR' } })).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/open read-only/),
    });
    expect((await second.call('exportRegister', {})).activities).toHaveLength(5);
    expect(sha256(registerPath)).toBe(before);

    // Once the first lets go, the second may write.
    first.backend.close();
    expect(await second.call('openFile', { path: registerPath })).toMatchObject({ info: { readOnly: false } });
    await second.call('saveActivity', { record: { ...record, owner: 'HR' } });
  });

  it('names the file chosen in a native dialog in the refusal, so that the window can offer it read-only', async () => {
    const { registerPath } = await registerOpenInFirst();
    const second = startBackend({ host: { nativeDialogs: true, chooseRegisterToOpen: async () => registerPath, chooseRegisterToCreate: async () => null } });
    expect(await second.failure('openFile', {})).toMatchObject({ code: 'in-use', file: registerPath });
    expect(await second.call('openFile', { path: registerPath, readOnly: true })).toMatchObject({ info: { readOnly: true } });
  });

  it('lets the command line read it (a report, an export) but not import into it', async () => {
    const { registerPath } = await registerOpenInFirst();
    const folder = tempFolder();
    const before = sha256(registerPath);
    expect(ropa(['export', registerPath, '--out', path.join(folder, 'copy.ropa.json')]).stderr).toBe('');
    const imported = ropa(['import', registerPath, path.join(folder, 'copy.ropa.json')]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/is open in another RoPA Desk .*open it read-only, or close it there first/);
    expect(sha256(registerPath)).toBe(before);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const { first, registerPath } = await registerOpenInFirst();
    first.backend.close();
    // A process that was killed: its lock is still there, its pid is not running.
    writeFileSync(
      path.join(path.dirname(registerPath), '.acme.ropa.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), since: '2026-11-01T08:00:00Z' }),
    );
    const second = startBackend();
    expect(await second.call('openFile', { path: registerPath })).toMatchObject({ info: { readOnly: false } });
  });
});
