// The sheets of a CISO Assistant workbook, one per model of its privacy module, found by name. People name them as the
// app's menu does ("Personal data", "Data subjects") or as its models and API do (`data_subject`, `DataRecipients`),
// singular or plural: names compare lower-cased, without spaces or underscores, and without a final "s".
import type { SheetGrid } from '../../imported-register.ts';

export type ChildKind = 'purposes' | 'personalData' | 'dataSubjects' | 'recipients' | 'contractors' | 'transfers';
export type SheetKind = 'processings' | ChildKind;

const NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  processings: ['processing'],
  purposes: ['purpose'],
  personalData: ['personaldata'],
  dataSubjects: ['datasubject', 'subject'],
  recipients: ['datarecipient', 'recipient'],
  contractors: ['datacontractor', 'contractor'],
  transfers: ['datatransfer', 'transfer'],
};

/** The order children are read in: an activity's lists then follow the app's own order of sections. */
export const CHILD_KINDS: readonly ChildKind[] = ['purposes', 'personalData', 'dataSubjects', 'recipients', 'contractors', 'transfers'];

function comparable(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/s$/, '');
}

/** What a sheet holds, by its name; undefined for a sheet of no CISO Assistant model. */
export function sheetKind(sheet: SheetGrid): SheetKind | undefined {
  const name = comparable(sheet.name);
  return (Object.keys(NAMES) as SheetKind[]).find((kind) => NAMES[kind].includes(name));
}

/** What each sheet's rows are, in words, for findings ("a personal data row"). */
export const ROW_WORDS: Readonly<Record<ChildKind, string>> = {
  purposes: 'purpose',
  personalData: 'personal data',
  dataSubjects: 'data subject',
  recipients: 'recipient',
  contractors: 'contractor',
  transfers: 'transfer',
};
