// A spreadsheet in another tool's layout is read onto the register it goes into; it must never be taken for this
// register's own export coming back, even when it is read in the very second an export was made (whose kept copy
// would make the merge three-way, and every record the sheet lacks a deletion).
import path from 'node:path';
import { expect, it } from 'vitest';
import { ICO_CONTROLLER, ICO_SAMPLE_ROWS, writeIcoWorkbook } from '../../support/layouts/ico-workbook.ts';
import { fixtureText, startWithRegister } from '../backend/support.ts';

it('a sheet in another layout, read in the second the register was exported, adds its records and removes none', async () => {
  // The test clock stands still: the export and the sheet are read in the same second, at the same revision.
  const { call, dataDir } = await startWithRegister();
  await call('importRegister', { text: fixtureText('bytheway-en'), fileName: 'bytheway-en.ropa.json' });
  await call('exportRegister', {});
  const file = path.join(dataDir, 'ropa.xlsx');
  await writeIcoWorkbook(file, { rows: ICO_SAMPLE_ROWS, controller: ICO_CONTROLLER });

  const preview = await call('previewMerge', { path: file });
  if ('cancelled' in preview) throw new Error('cancelled');
  expect(preview.threeWay).toBe(false);
  expect(preview.records.filter((record) => record.outcome === 'removed')).toEqual([]);
  expect(preview.records.filter((record) => record.outcome === 'new').length).toBeGreaterThan(0);
});
