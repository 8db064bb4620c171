// The interface language a person chooses is kept in the data folder's settings, beside the recent files, and
// announced to the shell (menus) and the window; a register file never holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend, startWithRegister, tempFolder } from './support.ts';

const settingsOf = (dataDir: string) => JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('the interface language', () => {
  it('is none chosen at first: the interface follows the system', async () => {
    const { call } = startBackend();
    expect(await call('interfaceLanguage', {})).toEqual({ language: null });
  });

  it('is kept beside the recent files, announced, and chosen still on the next start', async () => {
    const dataDir = tempFolder();
    const first = startBackend({ dataDir });
    const info = await first.backend.openInitial();
    expect(await first.call('chooseInterfaceLanguage', { language: 'bg' })).toEqual({ language: 'bg' });
    expect(first.events.at(-1)).toEqual({ type: 'interface-language', language: 'bg' });
    expect(settingsOf(dataDir)).toEqual({ recentFiles: [info.filePath], interfaceLanguage: 'bg' });
    first.backend.close();

    const next = startBackend({ dataDir });
    expect(await next.call('interfaceLanguage', {})).toEqual({ language: 'bg' });
    expect(await next.call('chooseInterfaceLanguage', { language: null })).toEqual({ language: null });
    expect(await next.call('interfaceLanguage', {})).toEqual({ language: null });
  });

  it('refuses a language the interface does not have, and keeps the choice it had', async () => {
    const { call, failure } = startBackend();
    await call('chooseInterfaceLanguage', { language: 'sl' });
    expect((await failure('chooseInterfaceLanguage', { language: 'de' })).code).toBe('invalid-input');
    expect(await call('interfaceLanguage', {})).toEqual({ language: 'sl' });
  });
});

describe('a refusal of the backend', () => {
  it('is worded in the interface language chosen, and in English again once English is chosen', async () => {
    const { call, failure } = await startWithRegister();
    await call('chooseInterfaceLanguage', { language: 'uk' });
    expect((await failure('restoreBackup', { name: 'nothing-here.ropa' })).message).toMatch(/^У .+ немає резервної копії «nothing-here\.ropa»/);
    await call('chooseInterfaceLanguage', { language: 'en' });
    expect((await failure('restoreBackup', { name: 'nothing-here.ropa' })).message).toMatch(/^There is no backup "nothing-here\.ropa" in /);
  });

  it('follows the system’s language while the person has chosen none', async () => {
    const { failure } = await startWithRegister({ systemLanguages: ['sl-SI', 'en-GB'] });
    expect((await failure('restoreBackup', { name: 'nothing-here.ropa' })).message).toMatch(/^V .+ ni varnostne kopije »nothing-here\.ropa«/);
  });
});
