import type { Processor, ProcessingActivity } from '../model/records.ts';
import type { ConfirmableItem } from '../model/vocabulary.ts';
import { fullWidthTable, labelledTable, lines, notRecorded, type LabelledRow } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import { isEeaOrganisation, isProcessor, joinPresent } from './record-facts.ts';
import { transferCells } from './transfer-rows.ts';

/**
 * The Art. 30 items of one activity as label/value rows. An item the register leaves empty is printed as "Not
 * recorded" in red, never left out: an authority must see what is missing. An item the DPO confirmed there are none
 * of is printed as "None", in normal ink: that is an answer. (What is missing is listed by the register checks.)
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

  /** A row whose value is `value`, or "Not recorded" when there is none. */
  row(label: string, value: PdfContent | undefined): LabelledRow {
    return [label, value ?? notRecorded(this.context.catalogue.document.notRecorded)];
  }

  /** A row of an item that may be confirmed as none: its value, else "None" when confirmed, else "Not recorded". */
  answer(label: string, value: PdfContent | undefined, item: ConfirmableItem, none = this.context.catalogue.document.none): LabelledRow {
    if (value !== undefined) return [label, value];
    return this.activity.confirmedNone?.includes(item) === true ? [label, none] : this.row(label, undefined);
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

  partiesRow(label: string, parties: ProcessingActivity['controllers'], item?: ConfirmableItem): LabelledRow {
    const names = (parties ?? []).map((party) => joinPresent([party.name, party.contact], ' · '));
    const value = names.length === 0 ? undefined : lines(names);
    return item === undefined ? this.row(label, value) : this.answer(label, value, item);
  }

  /** The organisation's representative (see representativeRows) and DPO, as the cover gives them. */
  representativeAndDpoRows(): LabelledRow[] {
    const { organisation, catalogue } = this.context;
    const rows: LabelledRow[] = representativeRows(this.context, catalogue.field.representative);
    const dpo = joinPresent([organisation.dpo?.name, organisation.dpo?.email, organisation.dpo?.phone], ' · ');
    rows.push(this.row(catalogue.field.dpo, dpo === '' ? undefined : dpo));
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
    return this.row(catalogue.field.legalBases, entries.length === 0 ? undefined : stackOrOne(entries));
  }

  /** Art. 9/10 conditions: printed when recorded, and "Not recorded" when special-category data have none. */
  specialConditionsRows(): LabelledRow[] {
    const { catalogue } = this.context;
    const conditions = (this.activity.specialCategoryConditions ?? []).map((code) => catalogue.specialConditions[code]);
    const needsOne = this.activity.dataCategories.some((category) => category.special === true);
    if (conditions.length === 0 && !needsOne) return [];
    return [this.row(catalogue.field.specialConditions, conditions.length === 0 ? undefined : lines(conditions))];
  }

  dataCategoriesRow(): LabelledRow {
    const { catalogue, texts } = this.context;
    const categories = this.activity.dataCategories.map((category, index): PdfContent => {
      const name = texts.text(category.name, `${this.where} data category ${index + 1}`, this.activity.id);
      return category.special === true ? { text: [name, ' ', { text: `(${catalogue.field.special})`, bold: true }] } : name;
    });
    return this.row(catalogue.field.dataCategories, categories.length === 0 ? undefined : { ul: categories });
  }

  /** The processor records the activity names: processors proper, and the independent or joint controllers among them. */
  private namedProcessors(): Processor[] {
    const { processorsById } = this.context;
    return (this.activity.processorIds ?? []).map((id) => processorsById.get(id)).filter((p): p is Processor => p !== undefined);
  }

  /** Each processor the activity uses, with the sub-processors it engages indented below it. */
  processorsRow(): LabelledRow {
    const { catalogue } = this.context;
    const entries = this.namedProcessors()
      .filter(isProcessor)
      .map((processor) => this.processorChain(processor, 0));
    return this.answer(catalogue.field.processors, entries.length === 0 ? undefined : { stack: entries }, 'processors');
  }

  private processorChain(processor: Processor, depth: number): PdfContent {
    const { texts, subProcessorsOf } = this.context;
    const service =
      processor.service === undefined
        ? undefined
        : texts.text(processor.service, `Processor "${texts.text(processor.name, 'Processor name')}" service`, processor.id);
    const country = processor.country === undefined ? undefined : texts.country(processor.country);
    const line: PdfContent = {
      text: [
        { text: `${depth > 0 ? '› ' : ''}${texts.text(processor.name, 'Processor name', processor.id)}`, bold: depth === 0 },
        joinPresent([service, country], ' · ') === '' ? '' : ` — ${joinPresent([service, country], ' · ')}`,
      ],
      margin: [depth * 12, 0, 0, 1],
    };
    const children = (subProcessorsOf.get(processor.id) ?? []).map((child) => this.processorChain(child, depth + 1));
    return children.length === 0 ? line : { stack: [line, ...children] };
  }

  /**
   * The recipients recorded, then the independent and joint controllers the activity names among its processor
   * records (TikTok, Meta): they receive the data as controllers, so they are recipients of (d), with their role and
   * country; then the processors proper.
   */
  recipientsRows(): LabelledRow[] {
    const { catalogue, texts } = this.context;
    const recorded: PdfContent[] = texts.texts(this.activity.recipients, `${this.where} recipient`, this.activity.id);
    const controllers = this.namedProcessors()
      .filter((processor) => !isProcessor(processor))
      .map((controller) => this.controllerRecipient(controller));
    const entries = [...recorded, ...controllers];
    const value =
      entries.length === 0 ? undefined : entries.length === 1 ? entries[0] : { ul: entries, margin: [0, 0, 0, 0] as [number, number, number, number] };
    return [this.answer(catalogue.field.recipients, value, 'recipients'), this.processorsRow()];
  }

  /** "TikTok Technology Limited — independent controller · Ireland". */
  private controllerRecipient(controller: Processor): PdfContent {
    const { catalogue, texts } = this.context;
    const kind = catalogue.processorKinds[controller.kind ?? 'processor'];
    const country = controller.country === undefined ? undefined : texts.country(controller.country);
    return { text: [{ text: texts.text(controller.name, 'Processor name', controller.id), bold: true }, ` — ${joinPresent([kind, country], ' · ')}`] };
  }

  /**
   * Item (e) under its heading: the transfers in a table across the whole width (its four columns would be crushed
   * in the value column, a cell running to twenty lines), or "None" when the DPO confirmed there are none, else
   * "Not recorded".
   */
  transfersSection(heading: string): PdfContent {
    const { catalogue } = this.context;
    const t = catalogue.transfer;
    const rows = transferCells(this.context, this.activity);
    if (rows.length === 0) return labelledTable([this.answer(catalogue.field.transfers, undefined, 'transfers')], heading);
    return fullWidthTable(heading, [70, '*', 150, '*'], [t.country, t.recipient, t.mechanism, t.safeguards], rows);
  }

  /** The time limit, then each category whose own limit differs from it. */
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

  /** The activity's own measures, and those recorded once for the whole organisation (Art. 30(1)(g), 30(2)(d)). */
  securityRows(): LabelledRow[] {
    const { catalogue, organisation, texts } = this.context;
    const own = this.list(this.activity.securityMeasures, 'security measure');
    const general = texts.texts(organisation.securityMeasures, 'Organisation security measure', organisation.id);
    if (general.length === 0) return [this.row(catalogue.field.securityMeasures, own)];
    return [...(own === undefined ? [] : [[catalogue.field.securityMeasures, own] as const]), [catalogue.field.organisationMeasures, lines(general)]];
  }

  /** The structured answer (each question Yes or No), the logic and consequences, then the description; undefined when none is recorded. */
  automatedValue(): PdfContent | undefined {
    const { catalogue } = this.context;
    const words = catalogue.field.automated;
    const making = this.activity.automatedDecisionMaking;
    const labelled = (label: string, value: string | undefined): PdfContent[] =>
      value === undefined ? [] : [{ text: [{ text: `${label}: `, style: 'label' }, value] }];
    const yesNo = (value: boolean) => (value ? catalogue.document.yes : catalogue.document.no);
    const lines: PdfContent[] =
      making === undefined
        ? []
        : [
            ...labelled(words.solelyAutomated, yesNo(making.solelyAutomated)),
            ...labelled(words.significantEffects, yesNo(making.significantEffects)),
            ...labelled(words.profiling, yesNo(making.profiling)),
            ...labelled(words.logic, this.text(making.logic, 'automated decisions logic')),
            ...labelled(words.consequences, this.text(making.consequences, 'automated decisions consequences')),
          ];
    const description = this.text(this.activity.automatedDecisions, 'automated decisions');
    if (description !== undefined) lines.push(...(making === undefined ? [description] : labelled(words.description, description)));
    return lines.length === 0 ? undefined : stackOrOne(lines);
  }

  /** Source, automated decisions, DPIA, owner and review dates. */
  furtherRows(): LabelledRow[] {
    const { catalogue, texts } = this.context;
    const field = catalogue.field;
    const activity = this.activity;
    const dpia = activity.dpia;
    const dpiaText =
      dpia === undefined
        ? undefined
        : joinPresent(
            [
              dpia.required ? field.dpiaRequired : field.dpiaNotRequired,
              dpia.reason === undefined ? undefined : texts.text(dpia.reason, `${this.where} DPIA reason`, activity.id),
              dpia.reference === undefined ? undefined : `${field.dpiaReference} ${dpia.reference}`,
              dpia.completedOn === undefined ? undefined : `${field.dpiaCompleted} ${texts.date(dpia.completedOn)}`,
            ],
            ', ',
          );
    return [
      this.answer(field.sources, this.list(activity.sources, 'source'), 'sources', field.sourcesFromSubject),
      this.answer(field.automatedDecisions, this.automatedValue(), 'automatedDecisions'),
      this.row(field.dpia, dpiaText),
      this.row(field.owner, activity.owner),
      this.row(field.lastReviewedOn, activity.lastReviewedOn === undefined ? undefined : texts.date(activity.lastReviewedOn)),
      this.row(field.nextReviewOn, activity.nextReviewOn === undefined ? undefined : texts.date(activity.nextReviewOn)),
    ];
  }
}

/**
 * Art. 27: a controller or processor established outside the Union names a representative in it; the row stays,
 * "Not recorded" in red, until one is recorded. For an organisation in the EEA the article does not apply, and the
 * row, even filled in, would only suggest that it does.
 */
export function representativeRows(context: ReportContext, label: string): LabelledRow[] {
  const { organisation, catalogue } = context;
  if (isEeaOrganisation(organisation)) return [];
  const representative = organisation.representative;
  if (representative === undefined) return [[label, notRecorded(catalogue.document.notRecorded)]];
  return [[label, joinPresent([representative.name, representative.address, representative.email], ' · ')]];
}

function stackOrOne(entries: PdfContent[]): PdfContent {
  return entries.length === 1 ? (entries[0] ?? '') : { stack: entries };
}
