// The lines of the fiche's tables: a data category with its description and time limit for erasure, a category of
// people, a recipient, a transfer outside the EU, a security measure. The model lists its choices as lines to fill
// in or tick: a line left as its label alone is a choice not taken, never a value.
import { isSpecialCategoryName, readCountry, readTransferMechanism, splitList } from '../../cell-values.ts';
import type { ImportedActivity, ImportedDataCategory, ImportedTransfer, ImportFinding } from '../../imported-register.ts';
import { keepInNotes } from '../kept-in-notes.ts';
import { plainLabel } from '../label-text.ts';
import { valuesByKind, type Cell, type Line, type TableColumns } from './fiche-lines.ts';
import { bareLabel, isNumberedLine, type ColumnKind } from './labels.ts';

export type TableContext = { activity: ImportedActivity; findings: ImportFinding[]; sheet: string };

const TICK = /^(x|oui|yes|vrai|true|[\u2713\u2714\u2611\u2612])$/;
const UNTICK = /^(non|no|faux|false|[\u2610\u2717\u2718])$/;
/** A cell that only ticks ("X", "Oui", "☑") or unticks ("Non", "☐") its line. */
export const isTick = (text: string): boolean => TICK.test(plainLabel(text));
export const isUntick = (text: string): boolean => UNTICK.test(plainLabel(text));

/** The label as the DPO reads it, without the model's examples in parentheses. */
export function cleanLabel(label: string): string {
  const clean = label
    .replace(/\s*\((?=[^)]*\s|[^)]{4,})[^)]*\)/g, '')
    .replace(/\s*(\u2026|\.\.\.)\s*$/, '')
    .trim();
  return clean === '' ? label.trim() : clean;
}

/** The cells' text, ticks ("X", "Non") left out. */
function texts(cells: readonly Cell[]): string[] {
  return cells.filter((cell) => !isTick(cell.text) && !isUntick(cell.text)).map((cell) => cell.text);
}

/** Values by kind, or by position when the table has no header line (`order` says what each position holds). */
function byKind(line: Line, columns: TableColumns | undefined, order: readonly ColumnKind[]): Map<ColumnKind, Cell[]> {
  if (columns !== undefined) return valuesByKind(line, columns);
  const kinds = new Map<ColumnKind, Cell[]>();
  line.values.forEach((value, index) => {
    const kind = order[Math.min(index, order.length - 1)] ?? 'description';
    kinds.set(kind, [...(kinds.get(kind) ?? []), value]);
  });
  return kinds;
}

/** A line of the model's own choices ("Vie personnelle", "Contrôle d'accès des utilisateurs"): the label with what was written, or the label alone when ticked. */
function labelledItem(line: Line, written: readonly string[]): string | undefined {
  if (written.length > 0) return `${cleanLabel(line.label)}: ${written.join('; ')}`;
  return line.values.some((value) => isTick(value.text)) ? cleanLabel(line.label) : undefined;
}

/** A numbered line ("Catégorie 1", "Mesure 2"): what was written, the first value its name and the rest its detail. */
function numberedItem(written: readonly string[]): string | undefined {
  const [first, ...rest] = written;
  if (first === undefined) return undefined;
  return rest.length === 0 ? first : `${first}: ${rest.join('; ')}`;
}

/** A line of the data categories (or, `special`, of the sensitive data). The category's own retention is its time limit. */
export function readCategoryLine(line: Line, columns: TableColumns | undefined, special: boolean, context: TableContext): void {
  const kinds = byKind(line, columns, ['description', 'retention']);
  const retention = texts(kinds.get('retention') ?? []).join('; ');
  const described = [...kinds].filter(([kind]) => kind !== 'retention').flatMap(([, cells]) => cells);
  const written = texts(described);
  const ticked = described.some((cell) => isTick(cell.text));
  if (written.length === 0 && retention === '' && !ticked) return;
  const other = isNumberedLine(line.label) || /^autres?\b/.test(bareLabel(line.label));
  const description = written.join('; ');
  const name = other && description !== '' ? description : description === '' ? cleanLabel(line.label) : `${cleanLabel(line.label)}: ${description}`;
  const category: ImportedDataCategory = { name };
  if (special || isSpecialCategoryName(name)) category.special = true;
  if (retention !== '') category.retention = retention;
  context.activity.dataCategories.push(category);
}

/** A line of the categories of people concerned. */
export function readSubjectLine(line: Line, context: TableContext): void {
  const written = texts(line.values);
  const subject = isNumberedLine(line.label) ? numberedItem(written) : labelledItem(line, written);
  if (subject !== undefined) context.activity.dataSubjects.push(subject);
}

/** A line of the security measures: a measure of the model's checklist with its description, or a numbered one. */
export function readMeasureLine(line: Line, columns: TableColumns | undefined, context: TableContext): void {
  const written = texts(columns === undefined ? line.values : [...valuesByKind(line, columns).values()].flat());
  const measure = isNumberedLine(line.label) ? numberedItem(written) : labelledItem(line, written);
  if (measure !== undefined) context.activity.securityMeasures.push(measure);
}

/** A numbered recipient line ("Destinataire 1": its type and details): a processor when its type says so. */
export function readRecipientLine(line: Line, columns: TableColumns | undefined, context: TableContext): void {
  const { activity, findings, sheet } = context;
  const kinds = byKind(line, columns, ['recipientType', 'details']);
  const type = texts(kinds.get('recipientType') ?? kinds.get('type') ?? []).join('; ');
  const details = texts([...kinds].filter(([kind]) => kind !== 'recipientType' && kind !== 'type').flatMap(([, cells]) => cells)).join('; ');
  if (/sous-traitant/.test(plainLabel(type))) {
    if (details !== '') activity.processorNames.push(...splitList(details));
    else keepInNotes(activity, findings, { sheet, row: line.row, column: line.label }, type, 'names no processor');
    return;
  }
  const recipient = details === '' ? type : type === '' ? details : `${details} (${type})`;
  if (recipient !== '') activity.recipients.push(recipient);
}

/** The transfers table's columns, in the model's order (for a copy that lost its header line). */
const TRANSFER_ORDER: readonly ColumnKind[] = ['recipient', 'country', 'safeguards', 'documentation'];

/** Whether a line gives something in the transfers table's country column. */
export function namesCountry(line: Line, columns: TableColumns | undefined): boolean {
  return texts(byKind(line, columns, TRANSFER_ORDER).get('country') ?? []).length > 0;
}

/** A line of the transfers outside the EU: recipient, country, type of safeguards, link to their documentation. */
export function readTransferLine(line: Line, columns: TableColumns | undefined, context: TableContext): void {
  const { activity, findings, sheet } = context;
  const kinds = byKind(line, columns, TRANSFER_ORDER);
  const text = (kind: ColumnKind) => texts(kinds.get(kind) ?? []).join('; ');
  const countryText = text('country');
  const place = { sheet, row: line.row, column: line.label };
  const whole = line.values.map((value) => value.text).join(' | ');
  if (countryText === '') {
    if (texts(line.values).length > 0) keepInNotes(activity, findings, place, whole, 'is a transfer that names no country');
    return;
  }
  const country = readCountry(countryText);
  if (country === undefined) {
    keepInNotes(activity, findings, place, whole, `is a transfer to "${countryText}", which is not a country the register knows`);
    return;
  }
  const recipient = text('recipient') || (isNumberedLine(line.label) ? '' : cleanLabel(line.label));
  // What the table's other columns say (a copy's "Précisions") describes the safeguards, rather than being lost.
  const others = [...kinds.keys()].filter((kind) => kind !== 'safeguards' && !TRANSFER_ORDER.includes(kind));
  const safeguardsText = [text('safeguards'), ...others.map(text)].filter((part) => part !== '').join('; ');
  const documentation = text('documentation');
  const transfer: ImportedTransfer = { country };
  if (recipient !== '') transfer.recipient = recipient;
  const mechanism = safeguardsText === '' ? undefined : readTransferMechanism(safeguardsText);
  if (mechanism !== undefined) transfer.mechanism = mechanism;
  const safeguards = [safeguardsText, documentation === '' ? '' : `documentation: ${documentation}`].filter((part) => part !== '').join(' \u2013 ');
  if (safeguards !== '') transfer.safeguards = safeguards;
  if (safeguardsText !== '' && mechanism === undefined) {
    findings.push({
      place: { sheet, row: line.row, column: columns?.find((column) => column.kind === 'safeguards')?.header ?? line.label },
      message: `"${safeguardsText}" names no transfer tool the register knows: kept as the transfer's safeguards, its mechanism left to choose`,
    });
  }
  activity.transfers.push(transfer);
}
