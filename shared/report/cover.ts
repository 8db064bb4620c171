import { labelledTable, notRecorded, type LabelledRow } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import { isEeaOrganisation, joinPresent } from './record-facts.ts';

/** The cover: who keeps the register, which register, and which exact content this copy was made from. */
export function coverPage(context: ReportContext): PdfContent[] {
  const { catalogue, texts, organisation, input } = context;
  const cover = catalogue.cover;
  const organisationName = texts.text(organisation.name, 'Organisation name', organisation.id);
  const optional = (label: string, value: string | undefined): LabelledRow[] => (value ? [[label, value]] : []);
  const organisationRows: LabelledRow[] = [
    [cover.organisation, { text: organisationName, bold: true }],
    ...optional(cover.legalForm, organisation.legalForm),
    ...optional(cover.registrationNumber, organisation.registrationNumber),
    ...optional(cover.vatId, organisation.vatId),
    [cover.address, joinPresent([organisation.address, texts.country(organisation.country)], ', ')],
    ...optional(cover.email, organisation.email),
    ...optional(cover.phone, organisation.phone),
    ...optional(cover.website, organisation.website),
    [cover.dpo, dpoText(context)],
    ...representativeRows(context),
  ];
  const registerRows: LabelledRow[] = [
    [cover.register, input.register.register.name],
    [cover.date, texts.date(input.generatedAt)],
    [cover.revision, String(input.revision)],
    [cover.fingerprint, { text: input.fingerprint, fontSize: 8 }],
    [cover.language, catalogue.languageName],
    [cover.scope, input.includeDrafts ? cover.scopeWithDrafts : cover.scopeActive],
    ['', cover.counts(context.activities.length, context.processorsInScope.length)],
  ];
  return [
    { text: catalogue.document.title, style: 'title' },
    { text: catalogue.document.subtitle, style: 'subtitle' },
    labelledTable(organisationRows),
    { text: '', margin: [0, 16, 0, 0] },
    labelledTable(registerRows),
  ];
}

function dpoText(context: ReportContext): PdfContent {
  const dpo = context.organisation.dpo;
  const line = joinPresent([dpo?.name, dpo?.email, dpo?.phone, dpo?.address], ' · ');
  if (line !== '') return line;
  return notRecorded(context.catalogue.document.notRecorded);
}

/** Art. 27 applies to controllers established outside the Union; for one inside it the row would only mislead. */
function representativeRows(context: ReportContext): LabelledRow[] {
  const representative = context.organisation.representative;
  const label = context.catalogue.cover.representative;
  if (representative !== undefined) {
    return [[label, joinPresent([representative.name, representative.address, representative.email], ' · ')]];
  }
  if (isEeaOrganisation(context.organisation)) return [];
  return [[label, notRecorded(context.catalogue.document.notRecorded)]];
}
