// npm run test:long: a spreadsheet of a million rows offered for a merge is refused with one line, by the real `ropa`
// process, without a copy of the register or a change to it. The limit itself (100,000 rows) is tested with one row
// over it in merge-bad-files.test.ts; this is the same refusal at a size that would exhaust memory if it were read.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ropa, tempDir } from '../../support/cli.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';
import { expectImportRefused } from './refused-import.ts';

const folder = tempDir('ropa-merge-huge-');
const register = path.join(folder, 'register.ropa');

const ready = sharedSetup(() => {
  expect(ropa(['init', register]).status).toBe(0);
  expect(ropa(['import', register, fixturePath('bytheway-en')]).status).toBe(0);
  return true;
});

/** The template's sheets, the Activities one with a million rows (11 MB on disk), written as a stream. */
async function millionRowWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  workbook.addWorksheet('Register').commit();
  const sheet = workbook.addWorksheet('Activities');
  sheet.addRow(['id', 'name']).commit();
  for (let index = 0; index < 1_000_000; index++) sheet.addRow(['', `Activity ${index}`]).commit();
  sheet.commit();
  await workbook.commit();
}

describe('a spreadsheet of a million rows offered for a merge', () => {
  const HUGE: Array<{ name: string; file: string; make: (file: string) => Promise<void> | void; message: RegExp }> = [
    { name: 'an XLSX of a million rows', file: 'million.xlsx', make: millionRowWorkbook, message: /the Activities sheet has more than 100,000 rows/ },
    {
      name: 'a CSV of a million rows',
      file: 'million.csv',
      make: (file) => writeFileSync(file, `id,name\n${',Payroll\n'.repeat(1_000_000)}`),
      message: /has more than 100,000 rows/,
    },
  ];

  it.each(HUGE)('$name: one clear line, the register untouched', async ({ file, make, message }) => {
    expect(ready()).toBe(true);
    const target = path.join(folder, file);
    await make(target);
    await expectImportRefused(register, target, message, () => ropa(['import', register, target]));
  });
});
