import { derivedTransfers, transferProcessor, type DerivedTransfer } from '../checks/derived-transfers.ts';
import { transferStanding } from '../checks/transfer-standing.ts';
import { registerView } from '../checks/register-view.ts';
import { localCalendarDate } from '../model/dates.ts';
import type { Organisation, Processor, ProcessingActivity } from '../model/records.ts';
import { refuse } from '../refusals/refusals.ts';
import { annexes } from './annexes.ts';
import { reportCatalogue } from './catalogue/index.ts';
import { controllerPart } from './controller-part.ts';
import { coverPage } from './cover.ts';
import { PAGE, REPORT_STYLES } from './layout.ts';
import type { PdfContent, PdfDocumentDefinition } from './pdf-document.ts';
import { processorPart } from './processor-part.ts';
import type { ReportContext } from './report-context.ts';
import type { ContentsEntry, ReportBlock, ReportInput, ReportWarning } from './report-input.ts';
import { isProcessor } from './record-facts.ts';
import { ReportTexts } from './report-texts.ts';
import { summary } from './summary.ts';

/**
 * The report as the backend renders it: the page settings and texts shared by every page, the cover, then the
 * blocks in order (summary, Part I, Part II, annexes). The contents page is made last, once the pages are known.
 */
export type RegisterReport = {
  document: Omit<PdfDocumentDefinition, 'content' | 'footer'>;
  /** "Page X of Y · date · revision", drawn on every page once the page count is known. */
  footerText: (page: number, pages: number) => string;
  contentsTitle: string;
  cover: PdfContent[];
  blocks: ReportBlock[];
  contents: ContentsEntry[];
  warnings: ReportWarning[];
  /** The activities printed, for the person's confirmation ("412 activities"). */
  activityCount: number;
};

/**
 * The regulator-ready record of processing (Art. 30(4)) as a pdfmake document definition: cover, contents, summary,
 * Part I (Art. 30(1)), Part II (Art. 30(2)) where the register acts as processor, and the annexes. Pure: the backend
 * renders it; tests read it directly.
 */
export function buildRegisterReport(input: ReportInput): RegisterReport {
  const context = reportContext(input);
  const { catalogue, texts, organisation } = context;
  const organisationName = texts.text(organisation.name, 'Organisation name', organisation.id);
  const generatedOn = texts.date(input.generatedAt);
  const asController = context.activities.filter((activity) => activity.role !== 'processor');
  const asProcessor = context.activities.filter((activity) => activity.role === 'processor');
  const cover = coverPage(context);
  const blocks: ReportBlock[] = [
    { content: summary(context), activities: 0, newPage: true },
    ...controllerPart(context, asController),
    ...processorPart(context, asProcessor),
    ...annexes(context),
  ];
  const document: RegisterReport['document'] = {
    info: {
      title: `${catalogue.document.title}: ${organisationName}`,
      author: organisationName,
      subject: catalogue.document.subtitle,
      keywords: `GDPR, Art. 30, ${input.register.register.name}, revision ${input.revision}`,
      creator: 'RoPA Desk',
    },
    language: input.language,
    ...PAGE,
    styles: REPORT_STYLES,
    header: () => ({ text: catalogue.document.header(organisationName), style: 'pageHeader' }),
  };
  return {
    document,
    footerText: (page, pages) => catalogue.document.footer(page, pages, generatedOn, input.revision),
    contentsTitle: catalogue.document.contents,
    cover,
    blocks,
    contents: context.contents,
    warnings: dedupe(texts.warnings),
    activityCount: context.activities.length,
  };
}

function reportContext(input: ReportInput): ReportContext {
  const { register } = input;
  const organisation = chooseOrganisation(register.organisations, input.organisationId);
  const catalogue = reportCatalogue(input.language);
  const texts = new ReportTexts(input.language, catalogue.transfer.internationalOrganisation, register.register.defaultLanguage);
  const reference = (activity: ProcessingActivity) => input.references[activity.id] ?? activity.id.slice(0, 8);
  const activities = register.activities
    .filter((activity) => activity.organisationId === organisation.id)
    .filter((activity) => activity.status === 'active' || (input.includeDrafts && activity.status === 'draft'))
    .sort((a, b) => reference(a).localeCompare(reference(b), 'en', { numeric: true }));
  const view = registerView(register, register.register.defaultLanguage, localCalendarDate(input.generatedAt));
  const { processorsById, subProcessorsOf } = view;
  // Asked for twice per activity (its section and Annex B): worked out once.
  const derived = new Map<string, DerivedTransfer[]>();
  return {
    input,
    texts,
    catalogue,
    organisation,
    activities,
    processorsById,
    subProcessorsOf,
    processorsInScope: processorsInScope(activities, register.processors, processorsById, subProcessorsOf),
    contents: [],
    derivedTransfersOf: (activity) => {
      let transfers = derived.get(activity.id);
      if (transfers === undefined) derived.set(activity.id, (transfers = derivedTransfers(activity, view)));
      return transfers;
    },
    standingOf: (transfer) => transferStanding(transfer, transferProcessor(transfer, view)),
    reference,
    describe: (activity) => `${reference(activity)} "${texts.text(activity.name, `${reference(activity)} name`, activity.id)}"`,
  };
}

export function chooseOrganisation(organisations: readonly Organisation[], id: string | undefined): Organisation {
  if (id !== undefined) {
    const chosen = organisations.find((organisation) => organisation.id === id);
    if (chosen === undefined) throw refuse('not-found', 'imports:reportNoSuchOrganisation', { id }, 'organisationId');
    return chosen;
  }
  const [only, ...others] = organisations;
  if (only === undefined) throw refuse('invalid-input', 'imports:reportNoOrganisation');
  if (others.length > 0) {
    const ids = organisations.map((organisation) => organisation.id).join(', ');
    throw refuse('invalid-input', 'imports:reportWhichOrganisation', { count: organisations.length, ids }, 'organisationId');
  }
  return only;
}

/**
 * The processors used, every processor above them (who engaged them) and every sub-processor below, in register order.
 * Independent and joint controllers the activities name are recipients, not processors: they and theirs are left out.
 */
function processorsInScope(
  activities: readonly ProcessingActivity[],
  all: readonly Processor[],
  byId: ReadonlyMap<string, Processor>,
  children: ReadonlyMap<string, readonly Processor[]>,
): Processor[] {
  const ids = new Set<string>();
  const down = (id: string) => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const child of children.get(id) ?? []) down(child.id);
  };
  for (const activity of activities) {
    for (const id of activity.processorIds ?? []) {
      const used = byId.get(id);
      if (used !== undefined && !isProcessor(used)) continue;
      down(id);
      for (let parent = byId.get(id)?.parentId; parent; parent = byId.get(parent)?.parentId) ids.add(parent);
    }
  }
  return all.filter((processor) => ids.has(processor.id));
}

function dedupe(warnings: ReportWarning[]): ReportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => !seen.has(warning.message) && seen.add(warning.message) !== undefined);
}
