// Reading the register's free texts for the checks: every translation of a text counts, since a register may be kept in
// any language and a placeholder or a vague phrase may be in any of them.
import type { Text } from '../../model/text.ts';

/** Every translation of a text, trimmed; none for an absent text. */
export function allTranslations(value: Text | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? [] : [text];
  }
  return Object.values(value)
    .map((text) => text.trim())
    .filter((text) => text !== '');
}

const RECORDED = { empty: false } as const;

/** What people type while they do not know yet: "TBD", "n/a", "-", "?", "…". */
const PLACEHOLDERS = new Set([
  '-',
  '–',
  '—',
  '?',
  '??',
  '???',
  '.',
  '...',
  '…',
  'x',
  'xx',
  'xxx',
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'n/a',
  'na',
  'n.a.',
  'to be defined',
  'to be completed',
  'unknown',
  'н/д',
  'невідомо',
  'не визначено',
  'уточнити', // uk
  'н/п',
  'неизвестно',
  'предстои',
  'да се уточни', // bg
  'ni podatka',
  'neznano',
  'še ni določeno',
  'tbd.', // sl
]);

/** A note in brackets where a value should be: "(no law named)", "[to be checked]". */
const BRACKETED_NOTE = /^(\([^()]*\)|\[[^[\]]*\])$/u;

function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.toLocaleLowerCase()) || BRACKETED_NOTE.test(text);
}

/** The text itself when every translation of it is a placeholder (an item that says nothing); otherwise undefined. */
export function placeholderIn(value: Text | undefined): string | undefined {
  // Most of a register is plain strings: judged without an array per text.
  if (typeof value === 'string') {
    const text = value.trim();
    return text !== '' && isPlaceholder(text) ? text : undefined;
  }
  const texts = allTranslations(value);
  if (texts.length === 0) return undefined;
  return texts.every(isPlaceholder) ? texts[0] : undefined;
}

/** True when a text holds something: present, and not only a placeholder. */
export function says(value: Text | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== '' && placeholderIn(value) === undefined;
  return allTranslations(value).length > 0 && placeholderIn(value) === undefined;
}

/**
 * Whether a list item of the record is really recorded: an empty list, or one whose every item is a placeholder,
 * records nothing. Returns the placeholder found, if that is why.
 */
export function listGap(values: readonly Text[] | undefined): { empty: boolean; placeholder?: string } {
  if (values === undefined || values.length === 0) return { empty: true };
  if (values.some(says)) return RECORDED;
  const placeholders = values.map(placeholderIn);
  if (placeholders.every((placeholder) => placeholder !== undefined)) return { empty: true, placeholder: placeholders[0] as string };
  return { empty: false };
}

/**
 * A finder of `terms` in texts: each is matched at the start of a word, case ignored, and may be a stem
 * ("videonadzor" finds "videonadzorom"). Made once per list of terms: the register has thousands of texts.
 */
export function termFinder(terms: readonly string[]): (texts: readonly string[]) => string | undefined {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'u');
  return (texts) => {
    for (const text of texts) {
      const match = pattern.exec(text.toLocaleLowerCase());
      if (match !== null) return match[1];
    }
    return undefined;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
