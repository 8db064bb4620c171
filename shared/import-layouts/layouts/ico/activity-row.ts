// One row of the ICO template's table as an activity. Each column's value goes to its field; what fits no choice (an
// Art. 6 basis not read, a country not known) is kept in the notes with a finding, and the columns the register has
// no field for (links, rights, breaches, the DPA 2018 columns) are kept as `x-ico-` fields.
import { isSpecialCategoryName, readCountry, readLegalBases, readSpecialConditions, readTransferMechanism, readYesNo, splitList } from '../../cell-values.ts';
import { emptyActivity, type ImportedActivity, type ImportedTransfer, type ImportFinding } from '../../imported-register.ts';
import { keepInNotes, type LabelledPlace } from '../kept-in-notes.ts';
import { isFilled } from '../label-text.ts';
import type { IcoField } from './columns.ts';
import { readJointControllers, readProcessorContract } from './free-text-cells.ts';
import type { IcoSheetColumn } from './header-row.ts';

/** A filled cell of the row, with the column it is under. */
type Value = { column: IcoSheetColumn; text: string; place: LabelledPlace };

/** The template's own example rows ("e.g. Finance", "eg Payroll") are instructions, not activities. */
const EXAMPLE = /^(e\.?\s?g\b|for example\b|example\s*[:\-\u2013])/i;

/** The Excel letter of a 0-based column (a value under no header is named by it). */
function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * The activity of data row `row` (1-based, as Excel numbers it), or undefined for an empty row or an example row.
 * Findings about the row are added to `findings`.
 */
export function readActivityRow(
  cells: readonly string[],
  columns: readonly IcoSheetColumn[],
  sheet: string,
  row: number,
  findings: ImportFinding[],
): ImportedActivity | undefined {
  const headed = new Set(columns.map((column) => column.index));
  const values: Value[] = [];
  for (const column of columns) {
    const text = cells[column.index];
    if (isFilled(text)) values.push({ column, text: text.trim(), place: { sheet, row, column: column.header } });
  }
  const unheaded = cells.flatMap((text, index) => (!headed.has(index) && isFilled(text) ? [{ index, text: text.trim() }] : []));
  if (values.length === 0 && unheaded.length === 0) return undefined;
  if (values.every((value) => EXAMPLE.test(value.text)) && unheaded.every((value) => EXAMPLE.test(value.text))) {
    findings.push({ place: { sheet, row }, message: 'the row is an example of how to fill in the template ("e.g. …"), not an activity: skipped' });
    return undefined;
  }

  const activity = emptyActivity({ sheet, row }, '');
  const reader = new RowReader(activity, findings);
  for (const value of values) reader.read(value);
  for (const { index, text } of unheaded) {
    // A column without a header: kept under its letter, as nothing says what it holds.
    const key = `x-ico-column-${columnLetter(index).toLowerCase()}` as const;
    activity.extensions[key] = text;
    findings.push({ place: { sheet, row, column: columnLetter(index) }, message: `column ${columnLetter(index)} has no header: its value was kept as ${key}` });
  }
  reader.finish();
  activity.name = nameOf(activity, sheet, row, findings);
  return activity;
}

/** "Business function – Purpose", or the one of the two the row gives. */
function nameOf(activity: ImportedActivity, sheet: string, row: number, findings: ImportFinding[]): string {
  const purpose = activity.purposes[0];
  const name = [activity.owner, purpose].filter((part) => part !== undefined && part !== '').join(' \u2013 ');
  if (name !== '') return name;
  findings.push({ place: { sheet, row }, message: 'the row gives no business function and no purpose: the activity was named after its row' });
  return `${sheet} row ${row}`;
}

/** Reads a row's values into one activity; `finish` places what depends on several columns. */
class RowReader {
  private transferCountries: Value | undefined;
  private transferSafeguards: Value | undefined;
  private legitimateInterests: Value | undefined;
  private dpiaRequired: Value | undefined;
  private dpiaLink: Value | undefined;
  private specialConditions: Value | undefined;

  private readonly activity: ImportedActivity;
  private readonly findings: ImportFinding[];

  constructor(activity: ImportedActivity, findings: ImportFinding[]) {
    this.activity = activity;
    this.findings = findings;
  }

  read(value: Value): void {
    const activity = this.activity;
    const field: IcoField = value.column.field;
    switch (field) {
      case 'businessFunction':
        // The business function is the department the activity belongs to: the register's owner.
        activity.owner = value.text;
        return;
      case 'purposes':
        activity.purposes.push(...splitList(value.text));
        return;
      case 'jointControllers':
        activity.jointControllers.push(...readJointControllers(value.text));
        return;
      case 'dataSubjects':
        activity.dataSubjects.push(...splitList(value.text));
        return;
      case 'dataCategories':
        for (const name of splitList(value.text)) activity.dataCategories.push(isSpecialCategoryName(name) ? { name, special: true } : { name });
        return;
      case 'recipients':
        activity.recipients.push(...splitList(value.text));
        return;
      case 'processorContract':
        this.readProcessorContract(value);
        return;
      case 'transferCountries':
        this.transferCountries = value;
        return;
      case 'transferSafeguards':
        this.transferSafeguards = value;
        return;
      case 'retention':
        activity.retention = value.text;
        return;
      case 'securityMeasures':
        activity.securityMeasures.push(...splitList(value.text));
        return;
      case 'legalBases':
        this.readLegalBases(value);
        return;
      case 'specialConditions':
        this.readSpecialConditions(value);
        return;
      case 'legitimateInterests':
        this.legitimateInterests = value;
        return;
      case 'automatedDecisions':
        // Free text ("Yes – credit scoring"): the register's structured answer is the DPO's to give, so it is a note.
        activity.notes.push(`${value.column.header}: "${value.text}"`);
        return;
      case 'sources':
        activity.sources.push(...splitList(value.text));
        return;
      case 'dpiaRequired':
        this.dpiaRequired = value;
        return;
      case 'dpiaLink':
        this.dpiaLink = value;
        return;
      default:
        activity.extensions[field] = value.text;
    }
  }

  finish(): void {
    this.readTransfers();
    this.readLegitimateInterests();
    this.readDpia();
    if (this.specialConditions !== undefined && !this.activity.dataCategories.some((category) => category.special === true)) {
      this.findings.push({
        place: this.specialConditions.place,
        message: 'an Art. 9 condition is given, but no category of personal data reads as special: mark the special categories',
      });
    }
  }

  private keep(value: Value, text: string, why: string): void {
    keepInNotes(this.activity, this.findings, value.place, text, why);
  }

  private readProcessorContract(value: Value): void {
    const { names, keepCell } = readProcessorContract(splitList(value.text));
    this.activity.processorNames.push(...names);
    if (keepCell) this.activity.extensions['x-ico-processor-contract'] = value.text;
  }

  private readLegalBases(value: Value): void {
    const { bases, unread } = readLegalBases(value.text);
    for (const basis of bases) if (!this.activity.legalBases.some((known) => known.basis === basis.basis)) this.activity.legalBases.push(basis);
    for (const text of unread) this.keep(value, text, 'is not one of the six Art. 6 lawful bases');
  }

  private readSpecialConditions(value: Value): void {
    this.specialConditions = value;
    const { conditions, unread } = readSpecialConditions(value.text);
    for (const condition of conditions)
      if (!this.activity.specialCategoryConditions.includes(condition)) this.activity.specialCategoryConditions.push(condition);
    for (const text of unread) this.keep(value, text, 'is not an Art. 9(2) condition the register knows');
  }

  /** The legitimate interests column explains the legitimate-interests basis; without that basis it is a note. */
  private readLegitimateInterests(): void {
    const value = this.legitimateInterests;
    if (value === undefined) return;
    const basis = this.activity.legalBases.find((known) => known.basis === 'legitimate-interests');
    // The interests column is the detail the DPO wrote for it; a detail in the Article 6 cell itself comes first.
    if (basis !== undefined) basis.detail = basis.detail === undefined ? value.text : `${basis.detail}; ${value.text}`;
    else this.keep(value, value.text, 'describes legitimate interests, but the Article 6 column does not give legitimate interests as a basis');
  }

  /** Each country named is a transfer; the safeguards column is the safeguard of each. */
  private readTransfers(): void {
    const countries = this.transferCountries;
    const safeguards = this.transferSafeguards;
    const mechanism = safeguards === undefined ? undefined : readTransferMechanism(safeguards.text);
    const transfers: ImportedTransfer[] = [];
    for (const name of countries === undefined ? [] : splitList(countries.text)) {
      const country = readCountry(name);
      if (country === undefined) {
        if (countries !== undefined) this.keep(countries, name, 'is not a country the register knows');
        continue;
      }
      const transfer: ImportedTransfer = { country };
      if (safeguards !== undefined) transfer.safeguards = safeguards.text;
      if (mechanism !== undefined) transfer.mechanism = mechanism;
      transfers.push(transfer);
    }
    this.activity.transfers.push(...transfers);
    if (safeguards === undefined) return;
    if (transfers.length === 0) this.keep(safeguards, safeguards.text, 'is a safeguard for no country the row names');
    else if (mechanism === undefined) {
      this.findings.push({
        place: safeguards.place,
        message: `"${safeguards.text}" names no transfer tool the register knows: kept as the transfers' safeguards, their mechanism left to choose`,
      });
    }
  }

  private readDpia(): void {
    const required = this.dpiaRequired === undefined ? undefined : readYesNo(this.dpiaRequired.text);
    if (required === null && this.dpiaRequired !== undefined) this.keep(this.dpiaRequired, this.dpiaRequired.text, 'is neither yes nor no');
    const link = this.dpiaLink;
    if (typeof required === 'boolean') {
      this.activity.dpia = link === undefined ? { required } : { required, reference: link.text };
    } else if (link !== undefined) {
      // A DPIA's link says one was made, not whether the processing requires one: kept as given.
      this.activity.extensions['x-ico-dpia-link'] = link.text;
    }
  }
}
