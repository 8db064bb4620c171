import type { Processor, ProcessingActivity } from '../model/records.ts';
import { dataTable, lines, notRecorded, type LabelledRow } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import { joinPresent } from './record-facts.ts';

/**
 * The Art. 30 items of one activity as label/value rows. An item the register leaves empty is printed as
 * "Not recorded" and reported as a warning, never left out: an authority must see what is missing.
 */
export class ActivityItems {
  private readonly context: ReportContext;
  private readonly activity: ProcessingActivity;
  private readonly where: string;

  constructor(context: ReportContext, activity: ProcessingActivity) {
    this.context = context;
    this.activity = activity;
    this.where = context.describe(activity);
  }

  /** A row whose value is `value`, or "Not recorded" (with a warning naming `item`) when there is none. */
  row(label: string, item: string, value: PdfContent | undefined): LabelledRow {
    if (value !== undefined) return [label, value];
    this.context.texts.notRecorded(this.where, item, this.activity.id);
    return [label, notRecorded(this.context.catalogue.document.notRecorded)];
  }

  /** Texts of a list field, one per line; undefined when the list is empty. */
  list(values: ProcessingActivity['purposes'] | undefined, field: string): PdfContent | undefined {
    const texts = this.context.texts.texts(values, `${this.where} ${field}`, this.activity.id);
    return texts.length === 0 ? undefined : lines(texts);
  }

  text(value: ProcessingActivity['retention'], field: string): string | undefined {
    return value === undefined ? undefined : this.context.texts.text(value, `${this.where} ${field}`, this.activity.id);
  }

  controllerRow(): LabelledRow {
    const { organisation, texts, catalogue } = this.context;
    const name = texts.text(organisation.name, 'Organisation name', organisation.id);
    const contact = joinPresent([organisation.address, organisation.email, organisation.phone], ' · ');
    return [catalogue.field.controller, contact === '' ? name : { text: [{ text: name, bold: true }, `\n${contact}`] }];
  }

  partiesRow(label: string, item: string, parties: ProcessingActivity['controllers']): LabelledRow {
    const names = (parties ?? []).map((party) => joinPresent([party.name, party.contact], ' · '));
    return this.row(label, item, names.length === 0 ? undefined : lines(names));
  }

  /** The organisation's representative and DPO, as the cover gives them; only the DPO is flagged when missing here. */
  representativeAndDpoRows(): LabelledRow[] {
    const { organisation, catalogue } = this.context;
    const rows: LabelledRow[] = [];
    const representative = organisation.representative;
    if (representative !== undefined) {
      rows.push([catalogue.field.representative, joinPresent([representative.name, representative.address, representative.email], ' · ')]);
    }
    const dpo = joinPresent([organisation.dpo?.name, organisation.dpo?.email, organisation.dpo?.phone], ' · ');
    // A missing DPO is the organisation's gap, warned about once with the cover; here it is only shown.
    rows.push([catalogue.field.dpo, dpo === '' ? notRecorded(catalogue.document.notRecorded) : dpo]);
    return rows;
  }

  legalBasesRow(): LabelledRow {
    const { catalogue, texts } = this.context;
    const entries = (this.activity.legalBases ?? []).map((entry, index): PdfContent => {
      const name = catalogue.legalBases[entry.basis];
      if (entry.detail === undefined) return name;
      const kind = entry.basis in catalogue.legalBasisDetail ? (entry.basis as keyof typeof catalogue.legalBasisDetail) : 'other';
      const detail = texts.text(entry.detail, `${this.where} legal basis ${index + 1}`, this.activity.id);
      return { text: [name, { text: `\n${catalogue.legalBasisDetail[kind]}: `, style: 'label' }, detail] };
    });
    return this.row(catalogue.field.legalBases, 'the legal basis', entries.length === 0 ? undefined : stackOrOne(entries));
  }

  /** Art. 9/10 conditions: printed when recorded, and flagged when special-category data have none. */
  specialConditionsRows(): LabelledRow[] {
    const { catalogue } = this.context;
    const conditions = (this.activity.specialCategoryConditions ?? []).map((code) => catalogue.specialConditions[code]);
    const needsOne = this.activity.dataCategories.some((category) => category.special === true);
    if (conditions.length === 0 && !needsOne) return [];
    return [this.row(catalogue.field.specialConditions, 'the Art. 9(2) condition for special-category data', conditions.length === 0 ? undefined : lines(conditions))];
  }

  dataCategoriesRow(): LabelledRow {
    const { catalogue, texts } = this.context;
    const categories = this.activity.dataCategories.map((category, index): PdfContent => {
      const name = texts.text(category.name, `${this.where} data category ${index + 1}`, this.activity.id);
      return category.special === true ? { text: [name, ' ', { text: `(${catalogue.field.special})`, bold: true }] } : name;
    });
    return this.row(catalogue.field.dataCategories, 'the categories of personal data', categories.length === 0 ? undefined : { ul: categories });
  }

  /** Each processor the activity uses, with the sub-processors it engages indented below it. */
  processorsRow(): LabelledRow {
    const { catalogue, processorsById } = this.context;
    const used = (this.activity.processorIds ?? []).map((id) => processorsById.get(id)).filter((p): p is Processor => p !== undefined);
    const entries = used.map((processor) => this.processorChain(processor, 0));
    return [catalogue.field.processors, entries.length === 0 ? '—' : { stack: entries }];
  }

  private processorChain(processor: Processor, depth: number): PdfContent {
    const { texts, subProcessorsOf } = this.context;
    const service = processor.service === undefined ? undefined : texts.text(processor.service, `Processor "${texts.text(processor.name, 'Processor name')}" service`, processor.id);
    const country = processor.country === undefined ? undefined : texts.country(processor.country);
    const line: PdfContent = {
      text: [{ text: `${depth > 0 ? '› ' : ''}${texts.text(processor.name, 'Processor name', processor.id)}`, bold: depth === 0 }, joinPresent([service, country], ' · ') === '' ? '' : ` — ${joinPresent([service, country], ' · ')}`],
      margin: [depth * 12, 0, 0, 1],
    };
    const children = (subProcessorsOf.get(processor.id) ?? []).map((child) => this.processorChain(child, depth + 1));
    return children.length === 0 ? line : { stack: [line, ...children] };
  }

  recipientsRows(): LabelledRow[] {
    const { catalogue } = this.context;
    const recipients = this.list(this.activity.recipients, 'recipient');
    const processors = (this.activity.processorIds ?? []).length;
    // Processors are recipients too (Art. 4(9)): with processors named, an empty list of other recipients is no gap.
    const recipientsRow: LabelledRow = recipients === undefined && processors > 0
      ? [catalogue.field.recipients, '—']
      : this.row(catalogue.field.recipients, 'the categories of recipients', recipients);
    return [recipientsRow, this.processorsRow()];
  }

  transfersValue(): PdfContent | undefined {
    const { catalogue, texts, processorsById } = this.context;
    const transfers = this.activity.transfers ?? [];
    if (transfers.length === 0) return undefined;
    const t = catalogue.transfer;
    const rows = transfers.map((transfer, index): PdfContent[] => {
      const where = `${this.where} transfer ${index + 1}`;
      const processor = transfer.processorId === undefined ? undefined : processorsById.get(transfer.processorId);
      const recipient = transfer.recipient !== undefined ? texts.text(transfer.recipient, where, this.activity.id) : processor === undefined ? '' : texts.text(processor.name, 'Processor name', processor.id);
      const mechanism = transfer.mechanism === undefined ? this.missing(where, 'the transfer mechanism') : catalogue.mechanisms[transfer.mechanism];
      const safeguards = transfer.safeguards === undefined ? '—' : texts.text(transfer.safeguards, `${where} safeguards`, this.activity.id);
      return [texts.country(transfer.country), recipient, mechanism, safeguards];
    });
    return dataTable([62, '*', 90, '*'], [t.country, t.recipient, t.mechanism, t.safeguards], rows);
  }

  private missing(where: string, item: string): PdfContent {
    this.context.texts.notRecorded(where, item, this.activity.id);
    return notRecorded(this.context.catalogue.document.notRecorded);
  }

  /** The activity's time limit, then each category whose own limit differs from it. */
  retentionValue(): PdfContent | undefined {
    const { catalogue } = this.context;
    const general = this.text(this.activity.retention, 'retention');
    const perCategory = this.activity.dataCategories.flatMap((category, index): PdfContent[] => {
      if (category.retention === undefined) return [];
      const own = this.text(category.retention, `data category ${index + 1} retention`);
      if (own === general) return [];
      const name = this.context.texts.text(category.name, `${this.where} data category ${index + 1}`, this.activity.id);
      return [{ text: [{ text: catalogue.field.retentionOf(name), style: 'label' }, ' ', own ?? ''] }];
    });
    if (general === undefined && perCategory.length === 0) return undefined;
    return stackOrOne([...(general === undefined ? [] : [general]), ...perCategory]);
  }

  /** Source, automated decisions, DPIA, owner and review dates. */
  furtherRows(): LabelledRow[] {
    const { catalogue, texts } = this.context;
    const field = catalogue.field;
    const activity = this.activity;
    const dpia = activity.dpia;
    const dpiaText = dpia === undefined ? undefined : joinPresent([
      dpia.required ? field.dpiaRequired : field.dpiaNotRequired,
      dpia.reference === undefined ? undefined : `${field.dpiaReference} ${dpia.reference}`,
      dpia.completedOn === undefined ? undefined : `${field.dpiaCompleted} ${texts.date(dpia.completedOn)}`,
    ], ', ');
    return [
      this.row(field.sources, 'the source of the data', this.list(activity.sources, 'source')),
      this.row(field.automatedDecisions, 'automated decision-making', this.text(activity.automatedDecisions, 'automated decisions')),
      this.row(field.dpia, 'the data protection impact assessment', dpiaText),
      this.row(field.owner, 'the owner', activity.owner),
      this.row(field.lastReviewedOn, 'the last review', activity.lastReviewedOn === undefined ? undefined : texts.date(activity.lastReviewedOn)),
      this.row(field.nextReviewOn, 'the next review', activity.nextReviewOn === undefined ? undefined : texts.date(activity.nextReviewOn)),
    ];
  }
}

function stackOrOne(entries: PdfContent[]): PdfContent {
  return entries.length === 1 ? (entries[0] ?? '') : { stack: entries };
}
