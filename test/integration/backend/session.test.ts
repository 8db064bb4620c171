import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/main/backend/backend.ts';
import { activityDraft, fixtureText, organisationDraft, startBackend, tempFolder } from './support.ts';

const settingsOf = (dataDir: string) => JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('starting the app', () => {
  it('creates the default register in the data folder on first run, and opens it', async () => {
    const { backend, call, dataDir, events } = startBackend();
    const info = await backend.openInitial();
    expect(info).toMatchObject({
      name: 'Register of processing activities',
      defaultLanguage: 'en',
      revision: 0,
      filePath: path.join(dataDir, 'Register.ropa'),
      counts: { organisations: 0, processors: 0, activities: 0 },
    });
    expect(events).toEqual([{ type: 'register-opened', info }]);
    expect(await call('currentFile', {})).toEqual({ path: info.filePath, nativeDialogs: false });
    expect(await call('recentFiles', {})).toEqual([info.filePath]);
    expect(settingsOf(dataDir)).toEqual({ recentFiles: [info.filePath] });
  });

  it('reopens the most recent register on the next start, and a given file before that', async () => {
    const dataDir = tempFolder();
    const elsewhere = path.join(tempFolder(), 'HR.ropa');
    const first = startBackend({ dataDir });
    await first.backend.openInitial();
    await first.call('createFile', { path: elsewhere, name: 'HR', defaultLanguage: 'sl' });
    first.backend.close();

    const second = startBackend({ dataDir });
    expect((await second.backend.openInitial()).filePath).toBe(elsewhere);
    second.backend.close();
    const given = path.join(dataDir, 'Register.ropa');
    const third = startBackend({ dataDir });
    expect((await third.backend.openInitial(given)).filePath).toBe(given);
  });

  it('falls back to the default register when the most recent one is gone or damaged', async () => {
    const dataDir = tempFolder();
    const folder = tempFolder();
    const damaged = path.join(folder, 'damaged.ropa');
    const first = startBackend({ dataDir });
    await first.call('createFile', { path: path.join(folder, 'moved.ropa'), name: 'Moved', defaultLanguage: 'en' });
    await first.call('createFile', { path: damaged, name: 'Damaged', defaultLanguage: 'en' });
    first.backend.close();
    rmSync(path.join(folder, 'moved.ropa'));
    writeFileSync(damaged, 'overwritten by accident');

    const logged: unknown[] = [];
    const second = startBackend({ dataDir, logged });
    const info = await second.backend.openInitial();
    expect(info.filePath).toBe(path.join(dataDir, 'Register.ropa'));
    expect(logged).toEqual([expect.objectContaining({ message: expect.stringMatching(/Could not reopen the most recent register/) })]);
    expect(await second.call('recentFiles', {})).toEqual([info.filePath, damaged]);
  });

  it('answers register commands with no-register until a register is open, and after close', async () => {
    const { backend, call, failure } = startBackend();
    expect(await failure('listActivities', {})).toMatchObject({ code: 'no-register' });
    expect(await failure('currentFile', {})).toMatchObject({ code: 'no-register' });
    expect(await call('recentFiles', {})).toEqual([]);
    await backend.openInitial();
    expect(await call('listActivities', {})).toEqual([]);
    backend.close();
    expect(await failure('registerInfo', {})).toMatchObject({ code: 'no-register' });
  });
});

describe('opening and creating register files', () => {
  it('asks the host which file to open when no path is given; no answer is a cancel, not a failure', async () => {
    const folder = tempFolder();
    const chosen = path.join(folder, 'chosen.ropa');
    let answer: string | null = null;
    const asked: string[] = [];
    const host: Host = {
      nativeDialogs: true,
      chooseRegisterToOpen: async () => {
        asked.push('open');
        return answer;
      },
      chooseRegisterToCreate: async (suggested) => {
        asked.push(`create ${suggested}`);
        return answer === null ? null : path.join(folder, suggested);
      },
    };
    const { call, events } = startBackend({ host });
    expect(await call('openFile', {})).toEqual({ cancelled: true });
    expect(await call('createFile', { name: 'HR: staff/records', defaultLanguage: 'en' })).toEqual({ cancelled: true });

    answer = chosen;
    const created = await call('createFile', { name: 'HR: staff/records', defaultLanguage: 'bg' });
    expect(created).toMatchObject({ info: { name: 'HR: staff/records', defaultLanguage: 'bg', filePath: path.join(folder, 'HR staff records.ropa') } });
    await call('createFile', { path: chosen, name: 'Chosen', defaultLanguage: 'en' });
    expect(await call('openFile', {})).toMatchObject({ info: { filePath: chosen } });
    expect(asked).toEqual(['open', 'create HR staff records.ropa', 'create HR staff records.ropa', 'open']);
    expect(events.map((event) => (event.type === 'register-opened' ? path.basename(event.info.filePath) : event.type))).toEqual([
      'HR staff records.ropa',
      'chosen.ropa',
    ]);
    expect(await call('currentFile', {})).toEqual({ path: chosen, nativeDialogs: true });
  });

  it('keeps the open register open when another file cannot be opened', async () => {
    const { backend, call, failure } = startBackend();
    const info = await backend.openInitial();
    const text = path.join(tempFolder(), 'notes.ropa');
    writeFileSync(text, 'not a register');
    expect(await failure('openFile', { path: text })).toMatchObject({ code: 'invalid-file', path: 'path' });
    expect(await failure('createFile', { path: info.filePath, name: 'Again', defaultLanguage: 'en' })).toMatchObject({
      code: 'invalid-input',
      path: 'path',
      message: 'already exists; choose another name, or open it instead',
    });
    expect((await call('currentFile', {})).path).toBe(info.filePath);
  });

  it('keeps the ten most recent files, newest first, without duplicates or missing files, and other settings', async () => {
    const dataDir = tempFolder();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ theme: 'dark', recentFiles: ['/nowhere/gone.ropa'] }));
    const folder = tempFolder();
    const { call } = startBackend({ dataDir });
    const files = Array.from({ length: 12 }, (_, index) => path.join(folder, `register-${index + 1}.ropa`));
    for (const file of files) await call('createFile', { path: file, name: path.basename(file), defaultLanguage: 'en' });
    await call('openFile', { path: files[3] ?? '' });

    const expected = [files[3], files[11], files[10], files[9], files[8], files[7], files[6], files[5], files[4], files[2]];
    expect(await call('recentFiles', {})).toEqual(expected);
    expect(settingsOf(dataDir)).toEqual({ theme: 'dark', recentFiles: expected });
    rmSync(files[11] ?? '');
    expect(await call('recentFiles', {})).toEqual(expected.filter((file) => file !== files[11]));
    expect(readdirSync(dataDir)).toEqual(['settings.json']);
  });
});

describe('the demo register', () => {
  it('is a fresh copy of the BY THE WAY fixture in the data folder, replaced each time it is opened', async () => {
    const { call, dataDir } = startBackend();
    const fixture = JSON.parse(fixtureText('bytheway-en'));
    const activities = fixture.activities.length;
    const opened = await call('openDemo', {});
    const demoPath = path.join(dataDir, 'Demo register.ropa');
    expect(opened).toMatchObject({ info: { filePath: demoPath, name: 'BY THE WAY LLC – records of processing activities', counts: { activities } } });
    expect((await call('listActivities', {})).map((row) => row.id)).toEqual(fixture.activities.map((record: { id: string }) => record.id));

    const organisation = await call('saveOrganisation', { record: organisationDraft('Added while exploring') });
    await call('saveActivity', { record: activityDraft(organisation.id, 'Exploring') });
    const again = await call('openDemo', {});
    expect(again).toMatchObject({ info: { filePath: demoPath, counts: { organisations: 1, activities } } });
    // The register, the settings, and while it is open the lock saying this process writes to it.
    expect(readdirSync(dataDir).sort()).toEqual(['.Demo register.ropa.lock', 'Demo register.ropa', 'settings.json']);
    expect(existsSync(demoPath)).toBe(true);
  });
});
