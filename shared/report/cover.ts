import { representativeRows } from './activity-items.ts';
import { labelledTable, notRecorded, type LabelledRow } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import { joinPresent } from './record-facts.ts';

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
    [cover.address, organisation.address ? organisation.address : notRecordedText(context)],
    [cover.country, texts.country(organisation.country)],
    ...optional(cover.email, organisation.email),
    ...optional(cover.phone, organisation.phone),
    ...optional(cover.website, organisation.website),
    [cover.dpo, dpoText(context)],
    ...representativeRows(context, cover.representative),
    [cover.supervisoryAuthority, supervisoryAuthorityText(context)],
  ];
  const registerRows: LabelledRow[] = [
    [cover.register, input.register.register.name],
    [cover.date, texts.date(input.generatedAt)],
    ...(input.asOf === undefined
      ? []
      : ([[cover.asOf, { text: `${texts.date(input.asOf)}, ${input.asOf.toISOString().slice(11, 16)} UTC`, bold: true }]] as LabelledRow[])),
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
    ...(input.asOf === undefined ? [] : [{ text: cover.asOfNote, margin: [0, 8, 0, 0] as [number, number, number, number] }]),
  ];
}

function notRecordedText(context: ReportContext): PdfContent {
  return notRecorded(context.catalogue.document.notRecorded);
}

function dpoText(context: ReportContext): PdfContent {
  const dpo = context.organisation.dpo;
  const line = joinPresent([dpo?.name, dpo?.email, dpo?.phone, dpo?.address], ' · ');
  return line === '' ? notRecordedText(context) : line;
}

/**
 * The authority the record is made available to on request (Art. 30(4)): its name, then how to reach it. The
 * register names it; the report does not guess it from the country (a lead authority under Art. 56 may differ).
 */
function supervisoryAuthorityText(context: ReportContext): PdfContent {
  const { organisation, texts } = context;
  const authority = organisation.supervisoryAuthority;
  if (authority === undefined) return notRecordedText(context);
  const name = texts.text(authority.name, 'Supervisory authority name', organisation.id, 'organisation');
  const address = authority.address === undefined ? undefined : texts.text(authority.address, 'Supervisory authority address', organisation.id, 'organisation');
  const contact = joinPresent([address, authority.website, authority.email, authority.phone], ' · ');
  return contact === '' ? { text: name, bold: true } : { text: [{ text: name, bold: true }, `\n${contact}`] };
}
