// Whatever the sheet and whatever the DPO maps its columns to, no cell is lost: each is in a field (read into a
// choice, or as text) or kept, in the notes or in an `x-` field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../../../shared/import-layouts/apply-mapping.ts';
import {
  readCountry,
  readDate,
  readLegalBases,
  readRole,
  readSpecialConditions,
  readStatus,
  readYesNo,
  splitList,
} from '../../../../shared/import-layouts/cell-values.ts';
import { MAPPING_TARGETS, type ColumnMapping, type MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';
import type { ImportedActivity } from '../../../../shared/import-layouts/imported-register.ts';

/** Cells with the characters that split lists, quote, escape or look like choices. */
const cellText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'yes',
    'No',
    'consent',
    'Art. 6(1)(f)',
    'Germany',
    'US',
    '2026-03-01',
    '01.02.2027',
    'active',
    'processor',
    'a; b, c',
    'x\ny',
    '"q"',
    '\\',
  ),
);

const sheetAndMapping = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 12 }).filter((header) => header.trim() !== ''),
      {
        minLength: width,
        maxLength: width,
        selector: (header) => header.trim().replace(/\s+/g, ' ').toLowerCase(),
      },
    ),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 6 }),
    targets: fc.array(fc.constantFrom(...MAPPING_TARGETS), { minLength: width, maxLength: width }),
    nameColumn: fc.integer({ min: 0, max: width - 1 }),
    grouped: fc.boolean(),
  }),
);

const escaped = (text: string) => JSON.stringify(text).slice(1, -1);

/** True when the cell's content is somewhere in the activity: read into a choice, or kept as text. */
function accountedFor(activity: ImportedActivity, target: MappingTarget, cell: string): boolean {
  const json = JSON.stringify(activity);
  const present = (text: string) => json.includes(escaped(text));
  switch (target) {
    case 'legalBases':
      return (
        readLegalBases(cell).unread.every(present) &&
        readLegalBases(cell).bases.every((basis) => activity.legalBases.some((known) => known.basis === basis.basis))
      );
    case 'specialCategoryConditions':
      return (
        readSpecialConditions(cell).unread.every(present) &&
        readSpecialConditions(cell).conditions.every((condition) => activity.specialCategoryConditions.includes(condition))
      );
    case 'transferCountries':
      return splitList(cell).every((item) => {
        const country = readCountry(item);
        return country === undefined ? present(item) : activity.transfers.some((transfer) => transfer.country === country);
      });
    case 'public':
    case 'dpiaRequired':
      return readYesNo(cell) === null || readYesNo(cell) === undefined
        ? present(cell)
        : readYesNo(cell) === (target === 'public' ? activity.public : activity.dpia?.required) || present(cell);
    case 'status':
      return readStatus(cell) === undefined ? present(cell) : activity.status === readStatus(cell) || present(cell);
    case 'role':
      return readRole(cell) === undefined ? present(cell) : activity.role === readRole(cell) || present(cell);
    case 'lastReviewedOn':
    case 'nextReviewOn':
      return readDate(cell) === undefined ? present(cell) : activity[target] === readDate(cell) || present(cell);
    case 'purposes':
    case 'dataSubjects':
    case 'dataCategories':
    case 'specialDataCategories':
    case 'sources':
    case 'recipients':
    case 'processors':
    case 'securityMeasures':
    case 'jointControllers':
      return splitList(cell).every(present);
    default:
      return present(cell);
  }
}

describe('a sheet read through a column mapping', () => {
  it('never loses a cell, whatever the mapping', () => {
    fc.assert(
      fc.property(sheetAndMapping, ({ header, rows, targets, nameColumn, grouped }) => {
        const columns = header.map((name, index) => ({ header: name, target: index === nameColumn ? ('name' as const) : (targets[index] ?? 'extension') }));
        // "name" is one column's only: the others drawn as name become extra fields.
        const mapping: ColumnMapping = {
          headerRow: 1,
          columns: columns.map((column, index) => (column.target === 'name' && index !== nameColumn ? { ...column, target: 'extension' } : column)),
          ...(grouped ? { groupBy: header[nameColumn] } : {}),
        };
        const read = applyMapping({ name: 'Sheet1', rows: [header, ...rows] }, mapping);
        rows.forEach((row, index) => {
          if (row.every((cell) => cell.trim() === '')) return;
          const rowNumber = index + 2;
          const activity = read.activities.find((candidate) => belongsTo(candidate, rowNumber, row, mapping, nameColumn, read.activities));
          expect(activity, `row ${rowNumber}`).toBeDefined();
          row.forEach((raw, position) => {
            const cell = raw.trim();
            const target = mapping.columns[position]?.target ?? 'extension';
            if (cell === '' || (grouped && position === nameColumn)) return;
            expect(
              accountedFor(activity as ImportedActivity, target, cell),
              `row ${rowNumber}, column ${position + 1} (${target}): ${JSON.stringify(cell)}`,
            ).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** The activity a row was read into: its own (ungrouped: in order), or its group's (same name cell). */
function belongsTo(
  activity: ImportedActivity,
  rowNumber: number,
  row: string[],
  mapping: ColumnMapping,
  nameColumn: number,
  all: readonly ImportedActivity[],
): boolean {
  if (mapping.groupBy === undefined) return activity.place.row === rowNumber;
  const key = (row[nameColumn] ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === '') return activity.place.row === rowNumber;
  return activity.name.trim().replace(/\s+/g, ' ').toLowerCase() === key && all.includes(activity);
}
