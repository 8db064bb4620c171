// A register read from another layout, made an exchange document to merge into the receiving register: ids given,
// activities placed under the register's organisation, processors found by name or added, and everything validated
// by the exchange format's own rules. What cannot be placed is kept (notes, `x-` fields) and told as a finding.
import { readExchangeDocument, type ExchangeDocument } from '../exchange/read.ts';
import type { ProcessingActivity } from '../model/records.ts';
import { refuse } from '../refusals/refusals.ts';
import { RegisterError } from '../result.ts';
import type { SpreadsheetImport } from '../spreadsheet/from-rows.ts';
import { activityRecord, isComplete } from './activity-record.ts';
import { describePlace, type ImportedActivity, type ImportedRegister, type ImportFinding } from './imported-register.ts';
import { organisationFor } from './organisation-record.ts';
import { processorIndex } from './processor-records.ts';

export type BuildOptions = {
  /** A fresh record id (a UUID): the same file read again must give the same ids (see idsFrom). */
  newId: () => string;
  /** The updatedAt of the records made. */
  now: () => string;
};

/** The extension that keeps where an imported activity came from: the same file imported again updates it. */
export const IMPORT_KEY = 'x-import-key';

export type LayoutImport = SpreadsheetImport & { findings: ImportFinding[] };

const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** `ico:hr – payroll`: the layout and the activity's lasting name in its file. */
function importKey(imported: ImportedRegister, activity: ImportedActivity): string {
  return `${imported.layout}:${comparable(activity.sourceKey ?? activity.name)}`;
}

/** `base` with the file's activities (and the processors they name): what the merge compares with the register. */
export function buildLayoutImport(imported: ImportedRegister, base: ExchangeDocument, options: BuildOptions): LayoutImport {
  const findings = [...imported.findings];
  const language = base.register.defaultLanguage;
  const organisation = organisationFor(imported, base, options, findings);
  const processors = processorIndex(base.processors, options, language);
  for (const processor of imported.processors) processors.add(processor);

  const byKey = new Map<string, ProcessingActivity>();
  for (const activity of base.activities) {
    const key = activity[IMPORT_KEY];
    if (typeof key === 'string') byKey.set(key, activity);
  }
  const seen = new Set<string>();
  const activities: Array<Record<string, unknown>> = [];
  const unmatched: SpreadsheetImport['unmatched'] = [];
  for (const activity of imported.activities) {
    const key = importKey(imported, activity);
    if (seen.has(key)) {
      findings.push({ place: activity.place, message: `"${activity.name}" is in the file twice; the second was read as another activity` });
    }
    seen.add(key);
    const existing = byKey.get(key) ?? base.activities.find((candidate) => candidate.id === activity.id);
    const processorIds = activity.processorNames.map((name) => processors.idOf(name, activity.place));
    const record = activityRecord(activity, { organisationId: organisation.id, processorIds, language, findings });
    if (!isComplete(record) && activity.status !== undefined && activity.status !== 'draft') {
      findings.push({ place: activity.place, message: `"${activity.name}" lacks what Art. 30 requires of a record in use, so it was imported as a draft` });
    }
    const id = existing?.id ?? activity.id ?? options.newId();
    if (existing === undefined && activity.id === undefined) unmatched.push({ type: 'activity', id, name: activity.name, row: activity.place.row });
    // An activity imported before is updated only in what the file says: what the DPO added since stays.
    const merged = {
      ...(existing ?? {}),
      ...record,
      id,
      updatedAt: existing?.updatedAt ?? options.now(),
      revision: existing?.revision ?? 1,
      [IMPORT_KEY]: key,
    };
    activities.push(merged);
  }

  const json = {
    ...base,
    organisations: base.organisations.some((candidate) => candidate.id === organisation.id)
      ? base.organisations.map((candidate) => (candidate.id === organisation.id ? organisation : candidate))
      : [...base.organisations, organisation],
    processors: processors.all(),
    activities,
  };
  const document = validate(json, imported.activities);
  return {
    document,
    unmatched,
    warnings: findings.map((finding) => `${describePlace(finding.place)}: ${finding.message}`),
    findings,
  };
}

/** Validates the document; an error in an activity names the row the activity came from. */
function validate(json: Record<string, unknown>, activities: readonly ImportedActivity[]): ExchangeDocument {
  try {
    return readExchangeDocument(json);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const match = /^activities\[(\d+)\]\.?(.*)$/.exec(error.path ?? '');
    const activity = match === null ? undefined : activities[Number(match[1])];
    if (activity === undefined) throw error;
    // The exchange format's message (a validation line of the record schemas, in English) goes into the refusal as it is.
    const message = error.message.startsWith(`${error.path}: `) ? error.message.slice(`${error.path}: `.length) : error.message;
    const { sheet, row, column } = activity.place;
    const field = match?.[2] ?? '';
    const key =
      field === ''
        ? column === undefined
          ? 'imports:activityInvalid'
          : 'imports:activityInvalidAtColumn'
        : column === undefined
          ? 'imports:activityFieldInvalid'
          : 'imports:activityFieldInvalidAtColumn';
    throw refuse('invalid-input', key, { sheet, row, column, name: activity.name, field, message }, error.path);
  }
}
