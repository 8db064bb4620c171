// Warnings for the texts of the register that hold characters the PDF's fonts cannot draw (emoji, Chinese,
// Arabic…): they would print as empty boxes, so the person is told which record and field to look at.
import type { Organisation, ProcessingActivity, Processor, RecordType } from '../model/records.ts';
import { displayText, type Text } from '../model/text.ts';
import type { ReportWarning } from '../report/report-input.ts';
import { describeCharacters, undrawableCharacters, type GlyphCoverage } from './glyph-coverage.ts';

export type PrintedRecords = {
  organisations: readonly Organisation[];
  processors: readonly Processor[];
  activities: readonly ProcessingActivity[];
};

/** Fields never printed (the DPO's notes, the record's bookkeeping) or holding codes, not words. */
const NOT_PRINTED = new Set(['id', 'updatedAt', 'revision', 'notes', 'organisationId', 'parentId', 'processorId', 'processorIds']);

/** Field names as the person reads them: "dataCategories" → "data category" (one item of the list). */
const FIELD_WORDS: Record<string, string> = { legalBases: 'legal basis', dataCategories: 'data category', dpa: 'DPA', dpo: 'DPO' };

function fieldWords(key: string, item: boolean): string {
  const known = FIELD_WORDS[key];
  if (known !== undefined) return known;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (!item) return words;
  return words.endsWith('ies') ? `${words.slice(0, -3)}y` : words.endsWith('s') && !words.endsWith('ss') ? words.slice(0, -1) : words;
}

const LANGUAGE_KEY = /^[a-z]{2,3}$/;

/** A set of translations ({"en": …, "sl": …}) rather than a nested record: every key is a language code. */
function isTranslations(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string');
}

type Found = { field: string; characters: string[] };

function walk(value: unknown, field: string, read: (text: Text) => string, coverage: GlyphCoverage, found: Found[]): void {
  if (typeof value === 'string') {
    const characters = undrawableCharacters(value, coverage);
    if (characters.length > 0) found.push({ field, characters });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${field} ${index + 1}`, read, coverage, found));
  } else if (typeof value === 'object' && value !== null) {
    // Only the language the document is printed in counts: another translation is never drawn.
    if (isTranslations(value)) return walk(read(value), field, read, coverage, found);
    for (const [key, child] of Object.entries(value)) {
      if (NOT_PRINTED.has(key) || key.startsWith('x-')) continue;
      const words = fieldWords(key, Array.isArray(child));
      walk(child, field === '' ? words : `${field} ${words}`, read, coverage, found);
    }
  }
}

const RECORD_WORDS: Record<RecordType, string> = { organisation: 'Organisation', processor: 'Processor', activity: 'Activity' };

/**
 * One warning per field with undrawable characters, in the shape of the report's warnings:
 * `Activity "Newsletter" purpose 2: characters the PDF fonts cannot draw: 😀 (U+1F600)`.
 */
export function undrawableWarnings(records: PrintedRecords, language: string, defaultLanguage: string, coverage: GlyphCoverage): ReportWarning[] {
  const read = (text: Text) => displayText(text, language, defaultLanguage);
  const warnings: ReportWarning[] = [];
  const check = (record: { id: string; name: Text }, recordType: RecordType) => {
    const found: Found[] = [];
    walk(record, '', read, coverage, found);
    for (const { field, characters } of found) {
      warnings.push({
        kind: 'undrawable',
        message: `${RECORD_WORDS[recordType]} "${read(record.name)}" ${field}: characters the PDF fonts cannot draw, printed as empty boxes: ${describeCharacters(characters)}`,
        recordId: record.id,
        recordType,
      });
    }
  };
  records.organisations.forEach((record) => check(record, 'organisation'));
  records.processors.forEach((record) => check(record, 'processor'));
  records.activities.forEach((record) => check(record, 'activity'));
  return warnings;
}
