// `ropa backups create` and `ropa backups list --json`: a backup taken when asked, said in the language of the messages,
// and the backups as a JSON array for a script (newest first, each with its name, when, why, size and what it holds),
// the same whatever the language. A new register's first backup comes with its first activity. Run in-process (the
// same runCli as the binary): the test is about what the commands do, not about the process around them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import { startBackend } from '../backend/support.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { tempDir } from '../../support/cli.ts';
import { fixturePath } from '../../support/fixtures.ts';

async function ok(...args: string[]) {
  const run = await ropaInProcess(args);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

async function listed(register: string): Promise<BackupInfo[]> {
  return JSON.parse((await ok('backups', 'list', register, '--json')).stdout) as BackupInfo[];
}

async function newRegister(): Promise<{ register: string; folder: string }> {
  const dir = tempDir('ropa-backups-');
  const register = path.join(dir, 'register.ropa');
  await ok('init', register);
  return { register, folder: path.join(dir, 'register.backups') };
}

describe('ropa backups list --json', () => {
  it('prints an empty array for a new register, and its first backup once it holds an activity', async () => {
    const { register } = await newRegister();
    expect(await listed(register)).toEqual([]);
    await ok('import', register, fixturePath('bytheway-en'));
    const [first, ...others] = await listed(register);
    expect(others).toEqual([]);
    expect(first).toEqual({
      name: expect.stringMatching(/^\d{8}T\d{9}Z-first-activity\.ropa$/),
      path: expect.stringMatching(/register\.backups[\\/]\d{8}T\d{9}Z-first-activity\.ropa$/),
      takenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      reason: 'first-activity',
      bytes: expect.any(Number),
      counts: { organisations: 1, processors: 2, activities: 9 },
    });
    // The second activity brings no other.
    await ok('templates', 'add', register, 'cctv');
    expect((await listed(register)).map((backup) => backup.reason)).toEqual(['first-activity']);
  });
});

describe('ropa backups create', () => {
  it('takes a backup and says what it made; the list then has it first', async () => {
    const { register, folder } = await newRegister();
    await ok('import', register, fixturePath('bytheway-en'));
    const run = await ok('backups', 'create', register);
    const [made] = await listed(register);
    expect(made).toMatchObject({ reason: 'manual', counts: { organisations: 1, processors: 2, activities: 9 } });
    expect(run.stdout).toBe(`Backed up ${register}: ${made?.name} in ${folder} (9 activities, 2 processors, 1 organisation).\n`);
    expect(existsSync(path.join(folder, made?.name ?? ''))).toBe(true);
    expect((await listed(register)).map((backup) => backup.reason)).toEqual(['manual', 'first-activity']);
  });

  it('says so in the language of the messages; --json prints the backup as data', async () => {
    const { register, folder } = await newRegister();
    const ukrainian = await ropaInProcess(['backups', 'create', register], { locale: { LANG: 'uk_UA.UTF-8' } });
    expect(ukrainian.status, ukrainian.stderr).toBe(0);
    expect(ukrainian.stdout).toMatch(
      new RegExp(`^Створено резервну копію ${register}: \\S+-manual\\.ropa у ${folder} \\(0 операцій з обробки, 0 розпорядників, 0 організацій\\)\\.\\n$`),
    );
    const json = await ropaInProcess(['backups', 'create', register, '--json'], { locale: { LANG: 'uk_UA.UTF-8' } });
    expect(JSON.parse(json.stdout)).toMatchObject({ reason: 'manual', counts: { organisations: 0, processors: 0, activities: 0 } });
    expect(await listed(register)).toHaveLength(2);
  });

  it('is refused for a register another RoPA Desk is writing to, taking no backup', async () => {
    const { register } = await newRegister();
    const writer = startBackend();
    await writer.call('openFile', { path: register });
    const run = await ropaInProcess(['backups', 'create', register]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is open in another RoPA Desk/);
    writer.backend.close();
    expect(await listed(register)).toEqual([]);
  });

  it('without a register, prints how it is used (exit code 2)', async () => {
    const run = await ropaInProcess(['backups', 'create']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ropa backups create <register.ropa>');
  });
});

describe('ropa backups --help', () => {
  it('tells of create and of list --json', async () => {
    const run = await ropaInProcess(['backups', '--help']);
    expect(run.stdout).toContain('backups list <register.ropa> [--json]');
    expect(run.stdout).toContain('backups create <register.ropa>');
  });
});
