// Spreadsheet rows that name no id: each is a new record, unless the person accepts the proposal to take it as an
// update of one of ours with the same name (compared ignoring case and spacing). Never matched silently.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { MatchProposal, UnmatchedRecord } from '../../../../shared/merge/merge-plan.ts';
import type { RecordType } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';

type Named = { id: string; name: unknown };

const LISTS = { organisation: 'organisations', processor: 'processors', activity: 'activities' } as const satisfies Record<RecordType, keyof ExchangeDocument>;

/** A row matched to a record that is not there: a sentence for each type of record. */
const NO_SUCH_RECORD: Readonly<Record<RecordType, RefusalKey>> = {
  organisation: 'register:matchedToNoOrganisation',
  processor: 'register:matchedToNoProcessor',
  activity: 'register:matchedToNoActivity',
};

/** "  Payroll   Processing" and "payroll processing" are one name. */
export function comparableName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** For each row without an id, our one record of its type and name, if there is exactly one. */
export function matchByName(unmatched: readonly UnmatchedRecord[], ours: ExchangeDocument): MatchProposal[] {
  const language = ours.register.defaultLanguage;
  const proposals: MatchProposal[] = [];
  for (const type of Object.keys(LISTS) as RecordType[]) {
    const byName = new Map<string, Named[]>();
    for (const record of ours[LISTS[type]] as Named[]) {
      const key = comparableName(displayText(record.name as Parameters<typeof displayText>[0], language, language));
      byName.set(key, [...(byName.get(key) ?? []), record]);
    }
    for (const row of unmatched.filter((entry) => entry.type === type)) {
      const candidates = byName.get(comparableName(row.name)) ?? [];
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (only === undefined) continue;
      proposals.push({ ...row, existingId: only.id, existingName: displayText(only.name as Parameters<typeof displayText>[0], language, language) });
    }
  }
  return proposals;
}

/**
 * Their document with the matches the person accepted: each such row takes the id of our record, and is merged into
 * it field by field (without a base, so every difference is a conflict to decide). Only rows without an id can be
 * matched, each to one of our records of the same type.
 */
export function withMatches(
  theirs: ExchangeDocument,
  unmatched: readonly UnmatchedRecord[],
  matches: Readonly<Record<string, string>>,
  ours: ExchangeDocument,
): ExchangeDocument {
  const entries = Object.entries(matches);
  if (entries.length === 0) return theirs;
  const rows = new Map(unmatched.map((row) => [row.id, row]));
  const document = { ...theirs };
  for (const [theirId, ourId] of entries) {
    const row = rows.get(theirId);
    if (row === undefined) throw refuse('invalid-input', 'register:notAnUnmatchedRow', { id: theirId });
    const list = LISTS[row.type];
    if (!(ours[list] as Named[]).some((record) => record.id === ourId)) {
      throw refuse('not-found', NO_SUCH_RECORD[row.type], { row: row.row, name: row.name, id: ourId });
    }
    document[list] = (document[list] as Named[]).map((record) => (record.id === theirId ? { ...record, id: ourId } : record)) as never;
  }
  return document;
}
