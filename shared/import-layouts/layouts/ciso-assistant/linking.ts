// How a child row (a purpose, a category of personal data, …) names its processing. CISO Assistant's API gives the
// processing's id; a sheet made by hand, or by an export of the list screens, gives its ref_id or its name. A column
// may say which (`processing_id`, `processing_ref_id`, `processing_name`), or be just `processing`, read as any of them.
import type { ImportedActivity } from '../../imported-register.ts';
import { cellOf, type Column, type Columns } from './columns.ts';
import type { ReadProcessing } from './processing-row.ts';

type LinkBy = 'id' | 'refId' | 'name' | 'any';

/** The link columns of a child sheet, most exact first. */
export type LinkColumns = ReadonlyArray<{ column: Column; by: LinkBy }>;

export function linkColumnsOf(columns: Columns): LinkColumns {
  const candidates: Array<{ column: Column | undefined; by: LinkBy }> = [
    { column: columns.find('processing_id'), by: 'id' },
    { column: columns.find('processing_ref_id'), by: 'refId' },
    { column: columns.find('processing_name'), by: 'name' },
    { column: columns.find('processing', 'processings'), by: 'any' },
  ];
  return candidates.filter((candidate): candidate is { column: Column; by: LinkBy } => candidate.column !== undefined);
}

/** A link of one row: the value written, where, and what it resolved to. */
export type Link =
  { found: ImportedActivity; column: Column } | { found: 'none' | 'ambiguous'; value: string; column: Column } | { found: 'blank'; column: Column | undefined };

const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export type ProcessingIndex = { link(row: readonly string[], columns: LinkColumns): Link };

/** Ids, ref_ids and names of the processings, compared without case or extra spaces; a name two share is ambiguous. */
export function indexProcessings(processings: readonly ReadProcessing[]): ProcessingIndex {
  const maps: Record<Exclude<LinkBy, 'any'>, Map<string, ImportedActivity | 'ambiguous'>> = { id: new Map(), refId: new Map(), name: new Map() };
  const add = (by: Exclude<LinkBy, 'any'>, key: string, activity: ImportedActivity) => {
    if (key === '') return;
    const map = maps[by];
    const known = map.get(comparable(key));
    map.set(comparable(key), known === undefined || known === activity ? activity : 'ambiguous');
  };
  for (const processing of processings) {
    add('id', processing.id, processing.activity);
    add('refId', processing.refId, processing.activity);
    add('name', processing.activity.name, processing.activity);
  }
  const lookUp = (by: LinkBy, value: string): ImportedActivity | 'ambiguous' | undefined => {
    const key = comparable(value);
    if (by !== 'any') return maps[by].get(key);
    // Any: an id or a ref_id names one processing for good, so they are tried before the name.
    return maps.id.get(key) ?? maps.refId.get(key) ?? maps.name.get(key);
  };
  return {
    link(row, columns) {
      const filled = columns.filter((candidate) => cellOf(row, candidate.column) !== '');
      const first = filled[0];
      if (first === undefined) return { found: 'blank', column: columns[0]?.column };
      // A row may name its processing twice (an id and a name): the first that names one processing is taken.
      for (const candidate of filled) {
        const found = lookUp(candidate.by, cellOf(row, candidate.column));
        if (found !== undefined && found !== 'ambiguous') return { found, column: candidate.column };
      }
      const value = cellOf(row, first.column);
      return { found: lookUp(first.by, value) === 'ambiguous' ? 'ambiguous' : 'none', value, column: first.column };
    },
  };
}
