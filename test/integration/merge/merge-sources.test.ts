// Where a colleague's updates come from, through the backend the app uses: their whole register file (read, never
// written), a spreadsheet with rows that name no id (matched by name only when the person says so), and a file that
// changed between its preview and the apply (refused). Progress is reported while the file is read.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MergePreview } from '../../../shared/ipc/contract.ts';
import { fixtureText, sha256, startWithRegister, tempFolder } from '../backend/support.ts';

async function withBytheway() {
  const started = await startWithRegister();
  await started.call('importRegister', { text: fixtureText('bytheway-en'), fileName: 'bytheway-en.ropa.json' });
  return started;
}

const previewOf = (value: MergePreview | { cancelled: true }): MergePreview => {
  if ('cancelled' in value) throw new Error('cancelled');
  return value;
};

describe('a colleague’s updates', () => {
  it('from their whole register file: read from a copy, merged two-way, their file left byte for byte as it was', async () => {
    const ours = await withBytheway();
    // The colleague's register: a copy of ours in which they renamed an activity.
    const folder = tempFolder();
    const theirPath = path.join(folder, 'colleague.ropa');
    copyFileSync(ours.registerPath, theirPath);
    const colleague = await withBytheway();
    await colleague.call('openFile', { path: theirPath });
    const [activity] = await colleague.call('listActivities', {});
    const full = await colleague.call('getActivity', { id: activity!.id });
    await colleague.call('saveActivity', { record: { ...full, name: 'Customer accounts' } });
    colleague.backend.close();
    const before = sha256(theirPath);

    const preview = previewOf(await ours.call('previewMerge', { path: theirPath }));
    expect(preview).toMatchObject({ fileName: 'colleague.ropa', threeWay: false, counts: { conflict: 1, new: 0, removed: 0 } });
    expect(preview.records[0]!.fields).toContainEqual(expect.objectContaining({ field: 'name', theirs: 'Customer accounts', outcome: 'conflict' }));
    expect(ours.events.filter((event) => event.type === 'import-progress').map((event) => 'progress' in event && event.progress.stage)).toEqual([
      'reading',
      'comparing',
    ]);

    const applied = await ours.call('applyMerge', { path: theirPath, sha256: preview.sha256, resolutions: { all: 'theirs' } });
    expect(applied).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect((await ours.call('getActivity', { id: activity!.id })).name).toBe('Customer accounts');
    expect(sha256(theirPath)).toBe(before);
  });

  it('refuses to apply a file that changed since its preview, and writes nothing', async () => {
    const ours = await withBytheway();
    const file = path.join(tempFolder(), 'hr.ropa.json');
    const exported = await ours.call('exportRegister', {});
    writeFileSync(
      file,
      JSON.stringify({ ...exported, activities: exported.activities.map((activity, index) => (index === 0 ? { ...activity, owner: 'HR' } : activity)) }),
    );
    const preview = previewOf(await ours.call('previewMerge', { path: file }));
    writeFileSync(
      file,
      JSON.stringify({ ...exported, activities: exported.activities.map((activity, index) => (index === 0 ? { ...activity, owner: 'Finance' } : activity)) }),
    );
    const before = sha256(ours.registerPath);
    expect(await ours.failure('applyMerge', { path: file, sha256: preview.sha256, resolutions: {} })).toMatchObject({
      code: 'conflict',
      message: 'hr.ropa.json changed since it was previewed: preview it again before merging; nothing was written',
    });
    expect(sha256(ours.registerPath)).toBe(before);
  });

  it('from a spreadsheet row without an id: proposed as the record of the same name, merged into it only when accepted', async () => {
    const ours = await withBytheway();
    const folder = tempFolder();
    const file = path.join(folder, 'hr.xlsx');
    await ours.call('exportForColleague', { format: 'xlsx', path: file });
    const [first] = await ours.call('listActivities', {});
    const name = typeof first!.name === 'string' ? first!.name : '';
    // The colleague typed the activity again in a new row, in other case and spacing, with an owner.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Activities')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const original = sheet.getRow(2);
    const added = sheet.getRow(sheet.rowCount + 1);
    header.forEach((column, index) => {
      if (index > 0 && column !== 'id') added.getCell(index).value = original.getCell(index).value;
    });
    added.getCell(header.indexOf('name')).value = `  ${name.toUpperCase()}  `.replace(' ', '   ');
    added.getCell(header.indexOf('owner')).value = 'HR';
    await workbook.xlsx.writeFile(file);

    const preview = previewOf(await ours.call('previewMerge', { path: file }));
    expect(preview.counts.new).toBe(1);
    expect(preview.proposedMatches).toEqual([expect.objectContaining({ type: 'activity', row: sheet.rowCount, existingId: first!.id, existingName: name })]);
    const newId = preview.proposedMatches[0]!.id;

    const matched = previewOf(await ours.call('previewMerge', { path: file, matches: { [newId]: first!.id } }));
    expect(matched.counts.new).toBe(0);
    expect(
      matched.records
        .find((record) => record.id === first!.id)
        ?.fields.map((field) => field.field)
        .sort(),
    ).toEqual(['name', 'owner']);

    await ours.call('applyMerge', { path: file, sha256: matched.sha256, matches: { [newId]: first!.id }, resolutions: { all: 'theirs' } });
    const activities = await ours.call('listActivities', {});
    expect(activities).toHaveLength(9);
    expect(activities.find((activity) => activity.id === first!.id)?.owner).toBe('HR');
  });
});
