// The words a cell holds for the register's closed lists (yes or no, a role, a status, a legal basis, an Art. 9
// condition, a transfer tool), in the file's language. A DPO's colleague reads and types "Contract" or "Договір", not
// `contract`. The words are the register report's (shared/report/catalogue), so a cell says what the report says.
//
// Reading accepts more than is written, since files already sent out and colleagues' typing must still read: the codes
// of the exchange format (`art9-2-b`, which older files hold), the words of every language the app writes (a CSV read
// into a register of another language), a legal basis in full and the article alone ("Art. 9(2)(b)"), in any case,
// with any apostrophe, dash or quotation mark. An alias two codes share ("Art. 45": adequacy and the DPF) is not read.
import { reportCatalogue } from '../report/catalogue/index.ts';
import { REPORT_LANGUAGES, isReportLanguage, type ReportLanguage } from '../report/languages.ts';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES, PROCESSOR_KINDS, SPECIAL_CATEGORY_CONDITIONS, TRANSFER_MECHANISMS } from '../model/vocabulary.ts';
import { bg } from './words/bg.ts';
import { en } from './words/en.ts';
import { sl } from './words/sl.ts';
import type { SheetWords } from './words/types.ts';
import { uk } from './words/uk.ts';

export type Vocabulary = 'yesNo' | 'role' | 'status' | 'processorKind' | 'legalBasis' | 'specialCondition' | 'mechanism';

export const VOCABULARIES: Readonly<Record<Vocabulary, readonly string[]>> = {
  yesNo: ['yes', 'no'],
  role: ACTIVITY_ROLES,
  status: ACTIVITY_STATUSES,
  processorKind: PROCESSOR_KINDS,
  legalBasis: LEGAL_BASES,
  specialCondition: SPECIAL_CATEGORY_CONDITIONS,
  mechanism: TRANSFER_MECHANISMS,
};

/** Read, never offered: Privacy Shield has not been a valid transfer tool since 16 July 2020. */
const NOT_OFFERED: ReadonlySet<string> = new Set(['mechanism privacy-shield']);

/** Other spellings of a code that cells hold: a cell Excel stored as a boolean is read as true or false. */
const OTHER_CODES: Partial<Record<Vocabulary, Record<string, string>>> = { yesNo: { true: 'yes', false: 'no' } };

const SHEET_WORDS: Readonly<Record<ReportLanguage, SheetWords>> = { en, uk, bg, sl };

export type CellWords = {
  readonly language: ReportLanguage;
  /** The template's own texts in this language (the About sheet, the drop-downs' message). */
  readonly sheet: SheetWords;
  /** The word written for a code; the code itself if it is none of the vocabulary's (the reader then refuses it). */
  word(vocabulary: Vocabulary, code: string): string;
  /** The words a drop-down and the About sheet offer, in the vocabulary's order. */
  offered(vocabulary: Vocabulary): string[];
  /** The code a cell's text stands for, or undefined. */
  code(vocabulary: Vocabulary, cell: string): string | undefined;
};

/** Case, spacing, apostrophes, dashes and quotation marks as a person may type them. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[„“”«»‟]/g, '"')
    .replace(/\s+/g, ' ');
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The words of one language, vocabulary → code → word. */
function wordsOf(language: ReportLanguage): Record<Vocabulary, Readonly<Record<string, string>>> {
  const catalogue = reportCatalogue(language);
  return {
    yesNo: { yes: catalogue.document.yes, no: catalogue.document.no },
    role: catalogue.roles,
    status: { draft: catalogue.document.draft, ...SHEET_WORDS[language].status },
    // The catalogue words them for the middle of a sentence; a cell starts with a capital like the other lists.
    processorKind: Object.fromEntries(Object.entries(catalogue.processorKinds).map(([code, word]) => [code, capitalise(word)])),
    legalBasis: catalogue.legalBasisShort,
    specialCondition: catalogue.specialConditions,
    mechanism: catalogue.mechanisms,
  };
}

/** The article reference a term ends with: "Art. 9(2)(a)" of "Explicit consent (Art. 9(2)(a))", nested brackets and all. */
export function articleReference(term: string): string | undefined {
  if (!term.endsWith(')')) return undefined;
  let depth = 0;
  for (let index = term.length - 1; index >= 0; index--) {
    if (term[index] === ')') depth++;
    else if (term[index] === '(' && --depth === 0) return term.slice(index + 1, -1).trim();
  }
  return undefined;
}

/** Spellings read but not written: a basis as the report words it in full, and each term's article reference alone. */
function aliasesOf(language: ReportLanguage, vocabulary: Vocabulary): Array<[string, string]> {
  const catalogue = reportCatalogue(language);
  const terms: Record<string, string> | undefined =
    vocabulary === 'legalBasis'
      ? catalogue.legalBases
      : vocabulary === 'specialCondition'
        ? catalogue.specialConditions
        : vocabulary === 'mechanism'
          ? catalogue.mechanisms
          : undefined;
  if (terms === undefined) return [];
  return Object.entries(terms).flatMap(([code, term]) => {
    const reference = articleReference(term);
    return [[term, code], ...(reference === undefined ? [] : [[reference, code] as [string, string]])];
  });
}

const WORDS = Object.fromEntries(REPORT_LANGUAGES.map((language) => [language, wordsOf(language)])) as Record<
  ReportLanguage,
  Record<Vocabulary, Readonly<Record<string, string>>>
>;

/** Normalised text → code, for every vocabulary: the codes, then every language's words, then the unambiguous aliases. */
function buildLookups(): Record<Vocabulary, ReadonlyMap<string, string>> {
  const lookups = {} as Record<Vocabulary, ReadonlyMap<string, string>>;
  for (const vocabulary of Object.keys(VOCABULARIES) as Vocabulary[]) {
    const lookup = new Map<string, string>();
    const add = (text: string, code: string) => {
      const key = normaliseWord(text);
      if (!lookup.has(key)) lookup.set(key, code);
    };
    for (const code of VOCABULARIES[vocabulary]) add(code, code);
    for (const [text, code] of Object.entries(OTHER_CODES[vocabulary] ?? {})) add(text, code);
    for (const language of REPORT_LANGUAGES) for (const [code, word] of Object.entries(WORDS[language][vocabulary])) add(word, code);
    const aliases = new Map<string, string | null>();
    for (const language of REPORT_LANGUAGES) {
      for (const [text, code] of aliasesOf(language, vocabulary)) {
        const key = normaliseWord(text);
        if (lookup.has(key)) continue;
        const known = aliases.get(key);
        aliases.set(key, known === undefined || known === code ? code : null);
      }
    }
    for (const [key, code] of aliases) if (code !== null) lookup.set(key, code);
    lookups[vocabulary] = lookup;
  }
  return lookups;
}

let lookups: Record<Vocabulary, ReadonlyMap<string, string>> | undefined;

const cache = new Map<ReportLanguage, CellWords>();

/** The words of a file whose register's default language is `language` (English for a language the app does not write). */
export function cellWords(language: string): CellWords {
  const chosen: ReportLanguage = isReportLanguage(language) ? language : 'en';
  let words = cache.get(chosen);
  if (words === undefined) {
    const own = WORDS[chosen];
    words = {
      language: chosen,
      sheet: SHEET_WORDS[chosen],
      word: (vocabulary, code) => own[vocabulary][code] ?? code,
      offered: (vocabulary) =>
        VOCABULARIES[vocabulary].filter((code) => !NOT_OFFERED.has(`${vocabulary} ${code}`)).map((code) => own[vocabulary][code] ?? code),
      code: (vocabulary, cell) => (lookups ??= buildLookups())[vocabulary].get(normaliseWord(cell)),
    };
    cache.set(chosen, words);
  }
  return words;
}
