// The rules of the column mapping as the Import screen edits it: a single-column target moves, a list target is shared,
// nothing is dropped, and what the panel shows of a column.
import { describe, expect, test } from 'vitest';
import { firstValues, mappingToSend, nameFromFile, namesActivities, retarget, TARGET_CHOICES } from '../../../../renderer/src/screens/import/columnMapping.ts';
import { MAPPING_TARGETS } from '../../../../shared/import-layouts/column-mapping.ts';

const columns = [
  { header: 'Activity', target: 'name' as const },
  { header: 'Why we do it', target: 'extension' as const },
  { header: 'Purpose (detail)', target: 'purposes' as const },
];

describe('retarget', () => {
  test('a single-column target moves to the column chosen, and the column that had it is kept as an extra field', () => {
    expect(retarget(columns, 1, 'name')).toEqual({
      columns: [
        { header: 'Activity', target: 'extension' },
        { header: 'Why we do it', target: 'name' },
        { header: 'Purpose (detail)', target: 'purposes' },
      ],
      movedFrom: 0,
    });
  });

  test('a target of several columns is shared: nothing else changes', () => {
    const next = retarget(columns, 1, 'purposes');
    expect(next.movedFrom).toBeUndefined();
    expect(next.columns.map((column) => column.target)).toEqual(['name', 'purposes', 'purposes']);
  });

  test('choosing again the target a column has changes nothing', () => {
    expect(retarget(columns, 0, 'name')).toEqual({ columns });
  });
});

test('a mapping without a column for the names cannot be read', () => {
  expect(namesActivities(columns)).toBe(true);
  expect(namesActivities(retarget(columns, 0, 'description').columns)).toBe(false);
});

test('the target chooser offers every target once, keeping a column as it is first', () => {
  expect(TARGET_CHOICES[0]).toBe('extension');
  expect([...TARGET_CHOICES].sort()).toEqual([...MAPPING_TARGETS].sort());
});

test('a column shows its first three filled values', () => {
  const rows = [
    ['A', ''],
    ['B', ' x '],
    ['C', ''],
    ['D', 'y'],
    ['E', 'z'],
    ['F', 'w'],
  ];
  expect(firstValues(rows, 1)).toEqual(['x', 'y', 'z']);
  expect(firstValues(rows, 2)).toEqual([]);
});

test('a new mapping is offered under the file name without its extension; a blank name saves nothing', () => {
  expect(nameFromFile('HR activities.xlsx')).toBe('HR activities');
  expect(nameFromFile('.hidden')).toBe('.hidden');
  const mapping = { sheet: 'HR', headerRow: 1, columns };
  expect(mappingToSend(mapping, '   ')).toEqual(mapping);
  expect(mappingToSend(mapping, ' HR sheet ')).toEqual({ ...mapping, name: 'HR sheet' });
});
