// Files that are not what they seem, offered as a register: each is refused (or opened read-only) with one clear
// message that says what is wrong and what the person can do, within two seconds, the file byte for byte as it was,
// and the backend still serving the register that was open before.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/fixtures.ts';
import { fixtureText, startBackend, tempFolder } from './support.ts';

type Case = { name: string; make: (file: string, register: string) => void | Promise<void>; code: string; message: RegExp };

/** A sound register of the btc-sl fixture, closed, to copy and damage. */
async function soundRegister(): Promise<string> {
  const started = startBackend();
  const file = path.join(tempFolder(), 'sound.ropa');
  await started.call('createFile', { path: file, name: 'Sound', defaultLanguage: 'sl' });
  await started.call('importRegister', { text: fixtureText('btc-sl') });
  started.backend.close();
  return file;
}

const holders: ChildProcess[] = [];
afterAll(() => holders.forEach((child) => child.kill('SIGKILL')));

/** Another program holding an exclusive SQLite lock on the file until it is killed. */
async function lockedByAnotherProgram(file: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import D from 'better-sqlite3'; const db = new D(${JSON.stringify(file)}); db.exec('BEGIN EXCLUSIVE'); db.prepare('UPDATE register SET name = name').run(); console.log('locked'); setInterval(() => {}, 1000);`,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  holders.push(child);
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
}

const CASES: Case[] = [
  { name: 'zero bytes', make: (file) => writeFileSync(file, ''), code: 'invalid-file', message: /is an empty file, not a RoPA Desk register/ },
  {
    name: 'a text file renamed .ropa',
    make: (file) => writeFileSync(file, 'Payroll, HR, 10 years\n'.repeat(50)),
    code: 'invalid-file',
    message: /is not a RoPA Desk register \(it is not an SQLite database\)/,
  },
  {
    name: 'random bytes',
    make: (file) => writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, index) => (index * 7919 + 13) % 256))),
    code: 'invalid-file',
    message: /is not a RoPA Desk register/,
  },
  {
    name: 'an exchange file renamed .ropa',
    make: (file) => writeFileSync(file, fixtureText('btc-sl')),
    code: 'invalid-file',
    message: /is an exchange file \(JSON\), not a register: import it into a register instead/,
  },
  {
    name: 'a spreadsheet renamed .ropa',
    make: (file) => writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200)])),
    code: 'invalid-file',
    message: /is a zip file \(perhaps a spreadsheet\), not a register/,
  },
  {
    name: 'a PDF renamed .ropa',
    make: (file) => writeFileSync(file, '%PDF-1.7\n1 0 obj << >> endobj\n'.repeat(10)),
    code: 'invalid-file',
    message: /is not a RoPA Desk register/,
  },
  {
    name: 'only the first bytes of an SQLite header',
    make: (file) => writeFileSync(file, Buffer.from('SQLite format 3\0 and nothing more')),
    code: 'invalid-file',
    message: /is not a RoPA Desk register/,
  },
  {
    name: 'a register cut in half',
    make: (file, register) => writeFileSync(file, readFileSync(register).subarray(0, Math.floor(readFileSync(register).length / 2))),
    code: 'invalid-file',
    message: /is damaged .*open the newest backup in the .*\.backups folder beside it/,
  },
  {
    name: 'a register with a broken page',
    make: (file, register) => {
      const bytes = readFileSync(register);
      bytes.fill(0xa5, 4096 * 4, 4096 * 6);
      writeFileSync(file, bytes);
    },
    code: 'invalid-file',
    message: /is damaged .*the file was left unchanged/,
  },
  {
    name: 'a register without its register description',
    make: (file, register) => {
      copyFileSync(register, file);
      const db = new Database(file);
      db.pragma('foreign_keys = OFF');
      db.exec('DELETE FROM register');
      db.close();
    },
    code: 'invalid-file',
    message: /is damaged \(it holds no register description\)/,
  },
  {
    name: "another application's SQLite database",
    make: (file) => {
      const db = new Database(file);
      db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
      db.pragma('application_id = 42');
      db.close();
    },
    code: 'invalid-file',
    message: /SQLite database of another application, not a RoPA Desk register/,
  },
  {
    name: 'a register from a newer version',
    make: (file, register) => {
      copyFileSync(register, file);
      const db = new Database(file);
      db.pragma('user_version = 99');
      db.close();
    },
    code: 'invalid-file',
    message: /made by a newer version of RoPA Desk .*update RoPA Desk to open it; the file was left unchanged/,
  },
  { name: 'a folder named .ropa', make: (file) => mkdirSync(file), code: 'invalid-file', message: /is a folder, not a register file/ },
  { name: 'a file that is not there', make: () => undefined, code: 'not-found', message: /does not exist/ },
  {
    name: 'a register locked by another program',
    make: async (file, register) => {
      copyFileSync(register, file);
      await lockedByAnotherProgram(file);
    },
    code: 'io',
    message: /is in use by another program; close it there and try again/,
  },
];

function snapshot(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unreadable';
  }
}

describe('a file that is not what it seems, offered as a register', () => {
  it.each(CASES)('$name: one clear message within two seconds, the file unchanged, the app still running', async ({ make, code, message }) => {
    const register = await soundRegister();
    const { call, failure } = startBackend();
    const open = path.join(tempFolder(), 'open.ropa');
    await call('createFile', { path: open, name: 'Open before', defaultLanguage: 'en' });
    const file = path.join(tempFolder(), 'offered.ropa');
    await make(file, register);
    const before = snapshot(file);
    const started = performance.now();
    const refused = await failure('openFile', { path: file });
    // A bound on hanging, not a speed test: the person must not wait on a file that will never open.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refused).toMatchObject({ code, path: 'path', message: expect.stringMatching(message) });
    expect(snapshot(file)).toBe(before);
    expect((await call('registerInfo', {})).name).toBe('Open before');
  });

  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0)(
    'a write-protected register (on a read-only file system; needs root to mount): opened read-only, saying so, never written',
    async () => {
      const register = await soundRegister();
      const mountPoint = path.join(os.tmpdir(), `ropa-ro-${process.pid}`);
      mkdirSync(mountPoint, { recursive: true });
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]).status).toBe(0);
      const { backend, call, failure } = startBackend();
      try {
        const file = path.join(mountPoint, 'protected.ropa');
        copyFileSync(register, file);
        expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
        const before = snapshot(file);
        expect(await call('openFile', { path: file })).toMatchObject({ info: { readOnly: true, counts: { activities: 5 } } });
        const [activity] = await call('listActivities', {});
        const record = await call('getActivity', { id: activity!.id });
        expect(await failure('saveActivity', { record: { ...record, owner: 'HR' } })).toMatchObject({
          code: 'io',
          message: expect.stringMatching(/open read-only \(or the file is write-protected\)/),
        });
        expect(snapshot(file)).toBe(before);
      } finally {
        backend.close(); // a file system with an open file cannot be unmounted
        spawnSync('umount', [mountPoint]);
        rmSync(mountPoint, { recursive: true, force: true });
      }
    },
  );
});
