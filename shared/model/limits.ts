// How long a register's texts may be. A limit keeps one pasted document from becoming a "name" that no table, toast,
// report heading or privacy policy can show; each is far above what the field needs, so no honest entry meets it.
// Lengths are counted as JavaScript counts them (UTF-16 code units): the same count as the browser's own, and the
// same for every letter of the register's languages (Latin, Cyrillic), which are one unit each.

export const LIMITS = {
  /** The name of a record or of a person, organisation or category: one line in a table. */
  name: 200,
  /** A short text: an address, an e-mail, a reference, an entry of a list such as a data subject or a source. */
  short: 1_000,
  /** A long text: a description, a purpose, the retention, security measures, notes. */
  long: 20_000,
} as const;

export type LimitKind = keyof typeof LIMITS;

const WHAT: Record<LimitKind, string> = {
  name: 'a name',
  short: 'a short text such as this',
  long: 'a text',
};

/** `5000` as "5,000": the messages of shared/ are in English. */
function count(value: number): string {
  return value.toLocaleString('en');
}

/** The text's length, as the limits count it. */
export function lengthOf(text: string): number {
  return text.length;
}

/** True when `text` is within the limit of its kind. */
export function fitsLimit(text: string, kind: LimitKind): boolean {
  return lengthOf(text) <= LIMITS[kind];
}

/**
 * "is 5,000 characters long; a name is at most 200": the refusal names both the length and the limit, so the person
 * knows how much to cut. `language`: the translation that is too long, when the text has several.
 */
export function tooLongMessage(length: number, kind: LimitKind, language?: string): string {
  const subject = language === undefined ? 'is' : `has a translation into ${language} that is`;
  return `${subject} ${count(length)} characters long; ${WHAT[kind]} is at most ${count(LIMITS[kind])}`;
}

/** The last part of a field's path, without list positions: `controllers[2].name` → `name`, `purposes[0]` → `purposes`. */
function lastName(path: string): string {
  const withoutIndices = path.replace(/\[\d+\]/g, '');
  return withoutIndices.slice(withoutIndices.lastIndexOf('.') + 1);
}

/** The fields of the records whose texts are long (prose); every `name` is a name; every other text field is short. */
const LONG_FIELDS = new Set([
  'description',
  'publicDescription',
  'notes',
  'service',
  'purposes',
  'detail',
  'retention',
  'safeguards',
  'securityMeasures',
  'publicSecurityMeasures',
  'automatedDecisions',
  'logic',
  'consequences',
  'reason',
]);

/**
 * The kind of limit of the record field at `path` (`name`, `dpa.reference`, `dataCategories[1].retention`), for a form
 * to show its counter. The record schemas (records.ts) use the same kinds; test/unit/shared/limits.test.ts checks that
 * both agree.
 */
export function limitKindOf(path: string): LimitKind {
  const field = lastName(path);
  if (field === 'name') return 'name';
  return LONG_FIELDS.has(field) ? 'long' : 'short';
}
