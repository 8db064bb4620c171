// `ropa diff <register.ropa> --from DATE [--to DATE]`: the register compared between two moments, both rebuilt from
// its audit log (`--to` absent: now). Prints a summary line, then one block a record, the material changes first: its
// type and name as at `--to` (as at `--from` when removed), then each field changed: name — before → after, values
// shortened. `--json` prints the comparison as data; `--out diff.pdf` writes the PDF for the annual review instead.
import path from 'node:path';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { COMPARISON_TEXTS } from '../../shared/history/comparison-texts.ts';
import { comparisonValues, type ValueLines } from '../../shared/history/comparison-values.ts';
import { fieldName, historyTerm } from '../../shared/history/history-terms.ts';
import type { ComparedField, ComparedRecord, RegisterComparison } from '../../shared/ipc/outputs.ts';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../../shared/report/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { messageLanguage, t } from './i18n.ts';
import { momentOf } from './moments.ts';

export type DiffOptions = {
  from?: string | undefined;
  to?: string | undefined;
  out?: string | undefined;
  json?: boolean | undefined;
  lang?: string | undefined;
};

const USAGE = 'diff <register.ropa> --from DATE [--to DATE] [--out diff.pdf] [--json] [--lang en|uk|bg|sl]';

export async function diff(backend: Backend, operands: string[], options: DiffOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, USAGE);
  if (options.from === undefined) throw new CliFailure(t('diff.needsFrom'), 2);
  const language = options.lang ?? messageLanguage();
  if (!isReportLanguage(language)) throw new CliFailure(t('diff.badLanguage', { language, languages: REPORT_LANGUAGES.join(', ') }), 2);
  const moments = { from: momentOf('--from', options.from), ...(options.to === undefined ? {} : { to: momentOf('--to', options.to) }) };
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  if (options.out !== undefined) {
    const written = await call(backend, 'exportComparison', { ...moments, language, path: path.resolve(options.out) }, options.out);
    if ('cancelled' in written) return 1; // only a desktop dialog can be cancelled
    const said = { file: options.out, from: moments.from, pages: counted(written.pages, 'page'), language };
    output.stdout(`${moments.to === undefined ? t('diff.writtenSince', said) : t('diff.written', { ...said, to: moments.to })}\n`);
    return 0;
  }
  const comparison = await call(backend, 'compareRegister', moments, registerPath);
  if (options.json === true) {
    output.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
    return 0;
  }
  // The documents compared, for the names of the processors and organisations the fields refer to by id.
  const rebuilt = (at: string): Promise<ExchangeDocument> => call(backend, 'exportRegisterAsOf', { at }, registerPath);
  const [earlier, later] = await Promise.all([rebuilt(comparison.from), rebuilt(comparison.to)]);
  output.stdout(changesText(comparison, later.register.name, comparisonValues(language, [later, earlier]), language));
  return 0;
}

function changesText(comparison: RegisterComparison, register: string, lines: ValueLines, language: ReportLanguage): string {
  const { counts, revisions } = comparison;
  const summary = t('diff.summary', { register, from: comparison.from, to: comparison.to, revisionFrom: revisions.from, revisionTo: revisions.to, ...counts });
  if (comparison.records.length === 0) return `${summary}\n${t('diff.nothing')}\n`;
  const words = COMPARISON_TEXTS[language];
  const section = (title: string, records: readonly ComparedRecord[]) =>
    records.length === 0 ? [] : [`\n${title}:`, ...records.map((record) => recordBlock(record, lines, language))];
  const material = comparison.records.filter((record) => record.material.length > 0);
  const others = comparison.records.filter((record) => record.material.length === 0);
  return `${[summary, ...section(words.materialSection, material), ...section(words.otherSection, others)].join('\n')}\n`;
}

/** A record's type and name, what happened to it and what of it is material; then each field changed, one a line. */
function recordBlock(record: ComparedRecord, lines: ValueLines, language: ReportLanguage): string {
  const words = COMPARISON_TEXTS[language];
  const name = [historyTerm(language, `recordType.${record.recordType}`), record.reference, t('quoted', { text: record.name })].filter((part) => part !== null);
  const material = record.material.length === 0 ? '' : ` (${record.material.map((kind) => words.material[kind]).join(', ')})`;
  const fields = record.fields.map((field) => `  ${fieldLine(field, lines, language)}`);
  return [`${name.join(' ')}: ${words.change[record.change]}${material}`, ...fields].join('\n');
}

function fieldLine(field: ComparedField, lines: ValueLines, language: ReportLanguage): string {
  const material = field.material === null ? '' : ` (${COMPARISON_TEXTS[language].material[field.material]})`;
  const [before, after] = [lines(field.field, field.before), lines(field.field, field.after)];
  // "(none)" rather than the PDF's dash, which the line already uses between the field and its values.
  const none = t('preview.none');
  return `${fieldName(language, field.field)}${material} — ${side(before, after, none)} → ${side(after, before, none)}`;
}

/** How long a side of a change may be, and each item of a list on it, in characters. */
const SIDE = 120;
const ITEM = 70;

/**
 * One side of a change on one line. A value that fits is given whole; a long text from where it starts to differ from
 * the other side's; a long list by the items the other side lacks, the ones both have counted.
 */
function side(values: readonly string[], other: readonly string[], absent: string): string {
  if (values.length === 0) return absent;
  const whole = values.join('; ');
  if (whole.length <= SIDE) return whole;
  if (values.length === 1 && other.length === 1) return shortened(fromDifference(values[0] as string, other[0] as string), SIDE);
  const known = new Set(other);
  const own = values.filter((value) => !known.has(value));
  const kept = values.length - own.length;
  const items = own.map((value) => shortened(value, ITEM)).join('; ');
  return [items, kept === 0 ? '' : t('diff.unchanged', { count: kept })].filter((part) => part !== '').join(' ');
}

/** `text` from a little before where it first differs from `other`, so that a change late in a long text shows. */
function fromDifference(text: string, other: string): string {
  let same = 0;
  while (same < text.length && text[same] === other[same]) same++;
  if (same < 30) return text;
  const start = text.lastIndexOf(' ', same - 20) + 1;
  return `…${text.slice(start)}`;
}

/** At most `limit` characters, cut at a space where one is near, with "…" where cut. */
function shortened(text: string, limit: number): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  const cut = characters.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > limit - 20 ? cut.slice(0, space) : cut}…`;
}
