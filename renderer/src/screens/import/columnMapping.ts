// The column mapping as the DPO edits it on the Import screen: pure helpers over the columns, so the panel's
// components stay small and the rules (one column per single-column target, a column for the name) are tested alone.
import { MAPPING_TARGETS, SINGLE_COLUMN_TARGETS, type ColumnMapping, type MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';

export type MappingColumn = ColumnMapping['columns'][number];

/** The targets in the order the chooser lists them: keeping a column as it is first, then Art. 30's order. */
export const TARGET_CHOICES: readonly MappingTarget[] = ['extension', ...MAPPING_TARGETS.filter((target) => target !== 'extension')];

export function isMappingTarget(value: string): value is MappingTarget {
  return (MAPPING_TARGETS as readonly string[]).includes(value);
}

/** Columns after one was given `target`, and the column that gave that target up (a single-column target moves). */
export type Retargeted = { columns: MappingColumn[]; movedFrom?: number };

export function retarget(columns: readonly MappingColumn[], index: number, target: MappingTarget): Retargeted {
  const previous = SINGLE_COLUMN_TARGETS.has(target) ? columns.findIndex((column, other) => other !== index && column.target === target) : -1;
  const next = columns.map((column, position) => {
    if (position === index) return { ...column, target };
    // The column that had the target keeps its cells as an extra field: nothing in the file is dropped.
    if (position === previous) return { ...column, target: 'extension' as const };
    return column;
  });
  return previous === -1 ? { columns: next } : { columns: next, movedFrom: previous };
}

/** True when some column gives the activities their names: without one the file cannot be read. */
export function namesActivities(columns: readonly MappingColumn[]): boolean {
  return columns.some((column) => column.target === 'name');
}

/** The first non-empty values of column `index` in the sample rows. */
export function firstValues(sampleRows: readonly string[][], index: number, count = 3): string[] {
  const values: string[] = [];
  for (const row of sampleRows) {
    const value = (row[index] ?? '').trim();
    if (value !== '') values.push(value);
    if (values.length === count) break;
  }
  return values;
}

/** The name a new mapping is offered under: the file's name without its extension ("HR activities.xlsx" → "HR activities"). */
export function nameFromFile(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The headers a column can be grouped by, once each (a header written twice names one choice), none empty. */
export function groupChoices(columns: readonly MappingColumn[]): string[] {
  return [...new Set(columns.map((column) => column.header.trim()).filter((header) => header !== ''))];
}

/** The mapping as the register takes it: named only when a name is given (a named mapping is saved when applied). */
export function mappingToSend(mapping: Omit<ColumnMapping, 'name'>, name: string): ColumnMapping {
  const trimmed = name.trim();
  return trimmed === '' ? mapping : { ...mapping, name: trimmed };
}
