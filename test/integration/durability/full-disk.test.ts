// A full disk, for real: the register lives on a small tmpfs. An import, a backup, a report and a file for a
// colleague that do not fit each say that nothing was saved; the register is byte for byte unchanged and no partial
// file is left behind. Mounting needs root (as CI runs); elsewhere these tests are skipped, saying why.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { generateRegister } from '../../tools/generate-register.ts';
import { fixtureText, sha256, startBackend, tempFolder } from '../backend/support.ts';

const mountPoint = path.join(os.tmpdir(), `ropa-full-disk-${process.pid}`);
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  mkdirSync(mountPoint, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]).status === 0;
  if (mounted) spawnSync('umount', [mountPoint]);
  return mounted;
})();

/** A fresh 2 MiB file system for each test: mounted, and unmounted after. */
function smallDisk(): string {
  spawnSync('umount', [mountPoint]);
  expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]).status).toBe(0);
  return mountPoint;
}

/** Fills what is left of the disk but `spareBytes`. */
function fill(disk: string, spareBytes: number): void {
  const free = Number(spawnSync('df', ['--output=avail', '-B1', disk], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
  writeFileSync(path.join(disk, 'filler'), Buffer.alloc(Math.max(0, free - spareBytes)));
}

const fileNames = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();

async function registerOnDisk() {
  const disk = smallDisk();
  const started = startBackend();
  const registerPath = path.join(disk, 'acme.ropa');
  await started.call('createFile', { path: registerPath, name: 'Acme', defaultLanguage: 'en' });
  await started.call('importRegister', { text: fixtureText('btc-sl'), fileName: 'btc-sl.ropa.json' });
  return { ...started, disk, registerPath };
}

beforeAll(() => {
  if (canMount) mkdirSync(mountPoint, { recursive: true });
});
afterAll(() => {
  if (!canMount) return;
  spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!canMount)('a full disk (a 2 MiB tmpfs; needs root to mount)', () => {
  it('during an import: the transaction is rolled back, the register unchanged, nothing beside it', async () => {
    const disk = smallDisk();
    const { call, failure } = startBackend();
    const registerPath = path.join(disk, 'empty.ropa');
    await call('createFile', { path: registerPath, name: 'Empty', defaultLanguage: 'en' });
    const large = path.join(tempFolder(), 'large.ropa.json');
    writeFileSync(large, serialiseExchangeDocument(generateRegister({ activities: 3000, seed: 3 })));
    const before = sha256(registerPath);
    expect(await failure('importRegister', { path: large })).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/the disk is full; nothing was saved/),
    });
    expect(sha256(registerPath)).toBe(before);
    // The register and, while it is open, the lock that says this process writes to it.
    expect(fileNames(disk)).toEqual(['.empty.ropa.lock', 'empty.ropa']);
    expect((await call('registerInfo', {})).counts.activities).toBe(0);
  });

  it('during the backup before a merge: nothing merged, no partial backup left', async () => {
    const { call, failure, disk, registerPath } = await registerOnDisk();
    const exported = await call('exportRegister', {});
    const theirs = path.join(tempFolder(), 'hr.ropa.json');
    writeFileSync(theirs, JSON.stringify({ ...exported, activities: exported.activities.map((activity) => ({ ...activity, owner: 'HR' })) }));
    fill(disk, 16 * 1024);
    const before = sha256(registerPath);
    expect(await failure('applyMerge', { path: theirs, resolutions: { all: 'theirs' } })).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/No backup could be written .*the disk is full; nothing was changed/),
    });
    expect(sha256(registerPath)).toBe(before);
    expect(fileNames(disk).filter((name) => name.includes('partial') || name.endsWith('-import.ropa'))).toEqual([]);
  });

  it('while a register report or a file for a colleague is saved: refused, and no partial file left', async () => {
    const { call, failure, disk, registerPath } = await registerOnDisk();
    await call('exportForColleague', { format: 'json', path: path.join(disk, 'fits.ropa.json') });
    fill(disk, 4 * 1024);
    const before = sha256(registerPath);
    const names = fileNames(disk);
    expect(await failure('createReport', { language: 'sl', includeDrafts: true, path: path.join(disk, 'report.pdf') })).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/the disk is full\. No file was left behind/),
    });
    expect(await failure('exportForColleague', { format: 'xlsx', path: path.join(disk, 'hr.xlsx') })).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/the disk is full\. No file was left behind/),
    });
    expect(fileNames(disk)).toEqual(names);
    expect(sha256(registerPath)).toBe(before);
  });
});
