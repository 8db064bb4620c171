// Every problem of a document at once, for a reader that lists them all: a spreadsheet whose cells a person corrects in
// one sitting rather than one per attempt. readExchangeDocument stops at the first, and is faster for it: call this only
// once it has refused (or when other problems were found already), never to read a document.
import { fieldIssues, type FieldIssue } from '../model/issues.ts';
import { recordSchemas } from '../model/records.ts';
import { RegisterError } from '../result.ts';
import { checkStructure, envelope, referenceIssues, type ReferenceView } from './read.ts';

const LISTS = ['organisations', 'processors', 'activities'] as const;
const SCHEMA = { organisations: 'organisation', processors: 'processor', activities: 'activity' } as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What a record refers to, taken from a record whose fields failed: only what has the right type (issues say the rest). */
function referencesOf(record: unknown, place: string): Record<string, unknown> {
  const raw = isObject(record) ? record : {};
  // An id that is not a string is already an issue; a placeholder keeps it from counting as a duplicate.
  const id = stringOr(raw['id']) ?? `\u0000${place}`;
  const transfers = Array.isArray(raw['transfers'])
    ? raw['transfers'].map((transfer) => ({ processorId: isObject(transfer) ? stringOr(transfer['processorId']) : undefined }))
    : undefined;
  const processorIds = Array.isArray(raw['processorIds']) ? raw['processorIds'].filter((item): item is string => typeof item === 'string') : undefined;
  const parentId = stringOr(raw['parentId']);
  return { id, organisationId: stringOr(raw['organisationId']), parentId, processorIds, transfers };
}

/**
 * Every issue of an already parsed document, each with its JSON path, in document order: none if it reads. A problem
 * of its structure (not a register exchange document, its format or version) comes alone, as nothing after it means much.
 */
export function documentIssues(json: unknown): FieldIssue[] {
  let top: Record<string, unknown>;
  try {
    top = checkStructure(json);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const path = error.path ?? '';
    const message = path !== '' && error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
    return [{ path, message }];
  }
  const head = envelope.safeParse(top);
  const issues: FieldIssue[] = head.success ? [] : fieldIssues(head.error);
  const register = top['register'];
  const language = (isObject(register) ? stringOr(register['defaultLanguage']) : undefined) ?? 'en';
  const schemas = recordSchemas(language, 'every-issue');
  const view: Record<string, unknown[]> = { organisations: [], processors: [], activities: [] };
  for (const list of LISTS) {
    const records = top[list];
    if (!Array.isArray(records)) continue;
    view[list] = records.map((record: unknown, index) => {
      const result = schemas[SCHEMA[list]].safeParse(record, { reportInput: true });
      if (result.success) return result.data;
      issues.push(...fieldIssues(result.error, [list, index]));
      return referencesOf(record, `${list}[${index}]`);
    });
  }
  return [...issues, ...referenceIssues(view as unknown as ReferenceView)];
}
