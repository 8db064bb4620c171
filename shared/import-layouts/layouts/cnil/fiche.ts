// One "fiche de registre" (a sheet of the CNIL's model register) as one activity. The fiche is a form: each line's
// label says what its values are, and a title line ("Catégories de données personnelles concernées") starts a table
// whose lines are read until the next title. Labels the reader does not know are kept as `x-cnil-` fields.
import { isSpecialCategoryName, readDate, readLegalBases, splitList } from '../../cell-values.ts';
import { emptyActivity, type ImportedActivity, type ImportFinding, type SheetGrid } from '../../imported-register.ts';
import type { ControllerParties } from '../controller-details.ts';
import { keepInNotes } from '../kept-in-notes.ts';
import { extensionKey } from '../label-text.ts';
import { actorDetails, jointController } from './actors.ts';
import { linesOf, tableColumnsOf, type Line, type TableColumns } from './fiche-lines.ts';
import { bareLabel, ficheLabelOf, isNumberedLine, type Actor, type FicheField, type Section } from './labels.ts';
import {
  cleanLabel,
  isTick,
  isUntick,
  namesCountry,
  readCategoryLine,
  readMeasureLine,
  readRecipientLine,
  readSubjectLine,
  readTransferLine,
} from './table-lines.ts';

export type Fiche = { activity: ImportedActivity; parties: ControllerParties };

/** How many of the model's labels make a sheet a fiche: a few may be renamed or deleted. */
const FICHE_LABELS_NEEDED = 4;

const valueText = (line: Line, separator: string) => line.values.map((value) => value.text).join(separator);
/** The values that say something, ticks and "Non" left out. */
const writtenValues = (line: Line) => line.values.filter((value) => !isTick(value.text) && !isUntick(value.text)).map((value) => value.text);

class FicheReader {
  readonly activity: ImportedActivity;
  readonly parties: ControllerParties = {};
  private readonly findings: ImportFinding[];
  private readonly sheet: string;
  private section: Section | undefined;
  private columns: TableColumns | undefined;
  private generalRetention: string | undefined;

  constructor(sheet: string, findings: ImportFinding[]) {
    this.sheet = sheet;
    this.findings = findings;
    this.activity = emptyActivity({ sheet, row: 1 }, '');
  }

  read(line: Line): void {
    const label = ficheLabelOf(line.label);
    switch (label?.kind) {
      case 'section':
        this.section = label.section;
        this.columns = tableColumnsOf(line);
        if (this.columns === undefined && line.values.length > 0) this.readSectionValues(label.section, line);
        return;
      case 'field':
        if (line.values.length > 0) this.readField(label.field, line);
        return;
      case 'actor':
        if (line.values.length > 0) this.readActor(label.actor, line);
        return;
      case 'title':
        if (line.values.length > 0) this.keepAsExtension(line);
        return;
      default:
        // A label alone is a line of the model left empty (a category not processed, a measure not taken).
        if (line.values.length > 0) this.readTableLine(line);
    }
  }

  /** Values written on a section's title line itself ("Catégories de personnes concernées | Salariés, candidats"). */
  private readSectionValues(section: Section, line: Line): void {
    const activity = this.activity;
    const items = writtenValues(line).flatMap(splitList);
    switch (section) {
      case 'purposes':
        activity.purposes.push(...writtenValues(line));
        return;
      case 'subjects':
        activity.dataSubjects.push(...items);
        return;
      case 'data':
      case 'sensitive':
        for (const name of items) activity.dataCategories.push(section === 'sensitive' || isSpecialCategoryName(name) ? { name, special: true } : { name });
        return;
      case 'recipients':
        activity.recipients.push(...items);
        return;
      case 'security':
        activity.securityMeasures.push(...items);
        return;
      case 'transfers':
        // "Oui" or "Non" answers the title's question; the transfers themselves are the table's lines.
        if (items.length > 0) keepInNotes(activity, this.findings, this.place(line), valueText(line, '; '), 'names transfers outside a line of their own');
        return;
      case 'actors':
        this.keepAsExtension(line);
    }
  }

  private readField(field: FicheField, line: Line): void {
    const activity = this.activity;
    const text = valueText(line, '; ');
    switch (field) {
      case 'name':
        activity.name = valueText(line, ' / ');
        activity.place = { sheet: this.sheet, row: line.row };
        return;
      case 'reference':
        // The fiche's number names it for good: the same file imported again updates the activity.
        activity.sourceKey = text;
        activity.extensions['x-cnil-reference'] = text;
        return;
      case 'created':
        activity.extensions['x-cnil-created-on'] = readDate(text) ?? text;
        return;
      case 'updated': {
        const date = readDate(text);
        // The fiche's last update is the DPO's last look at the activity.
        if (date !== undefined) activity.lastReviewedOn = date;
        else keepInNotes(activity, this.findings, this.place(line), text, 'is not a date');
        return;
      }
      case 'legalBasis': {
        const { bases, unread } = readLegalBases(valueText(line, '\n'));
        for (const basis of bases) if (!activity.legalBases.some((known) => known.basis === basis.basis)) activity.legalBases.push(basis);
        for (const item of unread) keepInNotes(activity, this.findings, this.place(line), item, 'is not one of the six Art. 6 lawful bases');
        return;
      }
      case 'retention':
        this.generalRetention = text;
        return;
      case 'mainPurpose':
        // One purpose per line, written as a sentence: its commas are not a list's.
        activity.purposes.unshift(...writtenValues(line));
        return;
      case 'subPurpose':
        activity.purposes.push(...writtenValues(line));
        return;
      case 'internalRecipients':
      case 'externalRecipients': {
        const written = writtenValues(line).flatMap(splitList);
        activity.recipients.push(...(written.length > 0 ? written : line.values.some((value) => isTick(value.text)) ? [cleanLabel(line.label)] : []));
        return;
      }
      case 'processors': {
        const written = writtenValues(line).flatMap(splitList);
        activity.processorNames.push(...written);
        if (written.length === 0 && line.values.some((value) => isTick(value.text))) {
          keepInNotes(activity, this.findings, this.place(line), text, 'says there are processors, but names none');
        }
      }
    }
  }

  private readActor(actor: Actor, line: Line): void {
    const details = actorDetails(line, this.section === 'actors' ? this.columns : undefined, this.sheet);
    if (actor === 'joint') {
      const party = jointController(details);
      if (party !== undefined) this.activity.jointControllers.push(party);
    } else this.parties[actor] ??= details;
  }

  private readTableLine(line: Line): void {
    const context = this.context();
    switch (this.section) {
      case 'data':
      case 'sensitive':
        readCategoryLine(line, this.columns, this.section === 'sensitive', context);
        return;
      case 'subjects':
        readSubjectLine(line, context);
        return;
      case 'recipients':
        // The model's recipient lines are numbered (or are fields: "Destinataires internes", …); another label is the DPO's own line.
        if (isNumberedLine(line.label)) readRecipientLine(line, this.columns, context);
        else this.keepAsExtension(line);
        return;
      case 'transfers':
        // A transfer is a numbered line or one that names a country; another line after the table is the DPO's own.
        if (isNumberedLine(line.label) || namesCountry(line, this.columns)) readTransferLine(line, this.columns, context);
        else this.keepAsExtension(line);
        return;
      case 'security':
        readMeasureLine(line, this.columns, context);
        return;
      case 'purposes':
        if (isNumberedLine(line.label) || /^finalite/.test(bareLabel(line.label))) {
          this.activity.purposes.push(...writtenValues(line));
          return;
        }
        this.keepAsExtension(line);
        return;
      default:
        this.keepAsExtension(line);
    }
  }

  /** A line no field takes, under an `x-cnil-` name made from its label. */
  private keepAsExtension(line: Line): void {
    const key = extensionKey('cnil', line.label);
    const known = this.activity.extensions[key];
    const text = valueText(line, '; ');
    this.activity.extensions[key] = typeof known === 'string' ? `${known}\n${text}` : text;
  }

  private context() {
    return { activity: this.activity, findings: this.findings, sheet: this.sheet };
  }

  private place(line: Line) {
    return { sheet: this.sheet, row: line.row, column: line.label };
  }

  /** The name, and the activity's retention: the fiche's general line, or the one time limit all its categories share. */
  finish(firstRow: number): void {
    const activity = this.activity;
    if (activity.name === '') {
      activity.name = this.sheet;
      activity.place = { sheet: this.sheet, row: firstRow };
      this.findings.push({ place: activity.place, message: 'the fiche gives no "Nom / sigle": the activity was named after its sheet' });
    }
    const limits = new Set(activity.dataCategories.map((category) => category.retention));
    const shared = limits.size === 1 ? [...limits][0] : undefined;
    if (this.generalRetention !== undefined) activity.retention = this.generalRetention;
    else if (shared !== undefined) activity.retention = shared;
  }
}

/** The activity a fiche describes, and the controller's details its actors table gives. */
export function readFiche(sheet: SheetGrid, findings: ImportFinding[]): Fiche {
  const reader = new FicheReader(sheet.name, findings);
  const lines = linesOf(sheet);
  for (const line of lines) reader.read(line);
  reader.finish(lines[0]?.row ?? 1);
  return { activity: reader.activity, parties: reader.parties };
}

/** Whether a sheet is a fiche: several of the model's labels in its first column, purposes or data categories among them. */
export function isFiche(sheet: SheetGrid): boolean {
  const kinds = new Set<string>();
  let describesProcessing = false;
  for (const line of linesOf(sheet)) {
    const label = ficheLabelOf(line.label);
    if (label === undefined || label.kind === 'title') continue;
    const kind = label.kind === 'section' ? label.section : label.kind === 'field' ? label.field : label.actor;
    kinds.add(kind);
    if (kind === 'purposes' || kind === 'mainPurpose' || kind === 'data') describesProcessing = true;
  }
  return describesProcessing && kinds.size >= FICHE_LABELS_NEEDED;
}
