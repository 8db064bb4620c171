// A new register's first backup: none while it holds no activity (the daily backup skips an empty register too), one
// right after the first activity is saved, imported or added from a template, and none for the activities after it.
// A register that already has a backup, the demo register and a register open read-only get none; a backup that cannot
// be taken is logged and never in the way of the save.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoRegisterPath } from '../../../electron/main/backend/session/demo.ts';
import { activityDraft, fixtureText, organisationDraft, processorDraft, startBackend, tempFolder } from '../backend/support.ts';

async function newRegister(options: Parameters<typeof startBackend>[0] = {}) {
  const started = startBackend(options);
  const registerPath = path.join(tempFolder(), 'acme.ropa');
  await started.call('createFile', { path: registerPath, name: 'Acme', defaultLanguage: 'en' });
  const backups = () => {
    const folder = path.join(path.dirname(registerPath), 'acme.backups');
    return existsSync(folder) ? readdirSync(folder).sort() : [];
  };
  return { ...started, registerPath, backups };
}

describe("a new register's first backup", () => {
  it('is taken right after the first activity is saved, holding it; the second activity adds none', async () => {
    const { call, clock, backups } = await newRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    await call('saveProcessor', { record: processorDraft('Payroll Bureau GmbH') });
    expect(backups()).toEqual([]);

    clock.advance(60);
    await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    expect(backups()).toEqual(['20261120T120100000Z-first-activity.ropa']);
    const [first] = (await call('listBackups', {})).backups;
    expect(first).toMatchObject({ reason: 'first-activity', takenAt: '2026-11-20T12:01:00Z', counts: { organisations: 1, processors: 1, activities: 1 } });

    clock.advance(60);
    const second = await call('saveActivity', { record: activityDraft(organisation.id, 'Recruitment') });
    await call('duplicateActivity', { id: second.id });
    await call('saveActivity', { record: { ...second, owner: 'HR' } });
    expect(backups()).toEqual(['20261120T120100000Z-first-activity.ropa']);
  });

  it('is taken when the first activity comes from a template', async () => {
    const { call, backups } = await newRegister();
    await call('saveOrganisation', { record: organisationDraft() });
    await call('addActivityFromTemplate', { templateId: 'cctv' });
    expect((await call('listBackups', {})).backups).toEqual([
      expect.objectContaining({ reason: 'first-activity', counts: { organisations: 1, processors: 0, activities: 1 } }),
    ]);
    await call('addActivityFromTemplate', { templateId: 'building-access' });
    expect(backups()).toHaveLength(1);
  });

  it('is taken when a colleague’s file is imported into it, holding what was imported', async () => {
    const { call } = await newRegister();
    await call('importRegister', { text: fixtureText('bytheway-en'), fileName: 'bytheway-en.ropa.json' });
    expect((await call('listBackups', {})).backups).toEqual([
      expect.objectContaining({ reason: 'first-activity', counts: { organisations: 1, processors: 2, activities: 9 } }),
    ]);
  });

  it('is not taken for a register that already has a backup, nor again when it is opened anew', async () => {
    const { call, backend, backups, registerPath } = await newRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    await call('createBackup', {});
    await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    expect(backups()).toEqual(['20261120T120000000Z-manual.ropa']);

    // Closed, and opened by another RoPA Desk later the same day: its backups are there, so a save adds none.
    backend.close();
    const other = await newRegister();
    await other.call('openFile', { path: registerPath });
    await other.call('saveActivity', { record: activityDraft(organisation.id, 'Recruitment') });
    expect(backups()).toEqual(['20261120T120000000Z-manual.ropa']);
  });

  it('is not taken for the demo register, which is a fresh copy each time it is opened', async () => {
    const { call, dataDir } = startBackend();
    await call('openDemo', {});
    const [organisation] = await call('listOrganisations', {});
    await call('saveActivity', { record: activityDraft(organisation!.id, 'Payroll') });
    const demo = demoRegisterPath(dataDir);
    expect(existsSync(path.join(path.dirname(demo), `${path.parse(demo).name}.backups`))).toBe(false);
  });

  it('that cannot be taken is logged, and the save stands', async () => {
    const logged: Array<{ message: string }> = [];
    const { call, registerPath } = await newRegister({ logged });
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    // A file where the backups folder would go: no folder can be made there.
    writeFileSync(path.join(path.dirname(registerPath), 'acme.backups'), 'in the way');
    await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    expect((await call('registerInfo', {})).counts.activities).toBe(1);
    expect(logged).toEqual([expect.objectContaining({ message: `The first backup of ${registerPath} could not be taken` })]);
    // Tried once while the register is open, not at every save.
    await call('saveActivity', { record: activityDraft(organisation.id, 'Recruitment') });
    expect(logged).toHaveLength(1);
  });
});
