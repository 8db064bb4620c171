import { z } from 'zod';
import { languageCode, dateTime, uuid } from '../model/primitives.ts';
import { recordSchemas, type Organisation, type Processor, type ProcessingActivity, type RecordSchemas } from '../model/records.ts';
import { firstIssue, formatPath, type FieldIssue } from '../model/issues.ts';
import { engagersOf, type ProcessorLink } from '../model/processor-chain.ts';
import { refuse, type RefusalKey } from '../refusals/refusals.ts';
import { RegisterError } from '../result.ts';

export const EXCHANGE_FORMAT = 'ropa-exchange';
export const EXCHANGE_VERSION = 1;
export const MAX_EXCHANGE_BYTES = 100 * 1024 * 1024;
export const MAX_NESTING = 32;

export type RegisterIdentity = { id: string; name: string; defaultLanguage: string };

export type ExchangeDocument = {
  format: typeof EXCHANGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  exportedAt: string;
  register: RegisterIdentity;
  baseRevision?: number;
  organisations: Organisation[];
  processors: Processor[];
  activities: ProcessingActivity[];
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * One pass over the text before it is parsed. Refuses a text nested deeper than JSON readers should ever be asked to
 * go, and says whether an object key in it may be `__proto__`, `constructor` or `prototype`, so that only then is the
 * parsed value walked for the key's path.
 *
 * The regex finds the next bracket or quote (`test`, which builds no match object); most of a register file is string
 * content, and each string is skipped with `indexOf`. Escapes are only looked for where a backslash is
 * (`nextBackslash`, found once per backslash, not once per string). A key is a string followed by `:`; one with an
 * escape in it counts as suspect whatever it spells.
 */
function scanText(text: string): { suspectKey: boolean } {
  const structural = /[[\]{}"]/g;
  let depth = 0;
  let suspectKey = false;
  let nextBackslash = text.indexOf('\\');
  while (structural.test(text)) {
    const start = structural.lastIndex;
    const code = text.charCodeAt(start - 1);
    if (code === QUOTE) {
      let end = text.indexOf('"', start);
      if (end === -1) break; // an unterminated string: JSON.parse reports it
      let escaped = false;
      if (nextBackslash !== -1 && nextBackslash < end) {
        // A backslash between strings is not JSON (JSON.parse reports it); look for one in this string.
        if (nextBackslash < start) nextBackslash = text.indexOf('\\', start);
        if (nextBackslash !== -1 && nextBackslash < end) {
          escaped = true;
          end = closingQuote(text, start);
          if (end === -1) break;
          nextBackslash = text.indexOf('\\', end + 1);
        }
      }
      structural.lastIndex = end + 1;
      const size = end - start;
      if (!suspectKey && (escaped || size === 9 || size === 11) && isKey(text, end + 1)) {
        suspectKey =
          escaped ||
          (size === 9 && (text.startsWith('__proto__', start) || text.startsWith('prototype', start))) ||
          (size === 11 && text.startsWith('constructor', start));
      }
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_NESTING) {
        throw refuse('invalid-file', 'imports:exchangeNestedTooDeep', { levels: MAX_NESTING });
      }
    } else depth--;
  }
  return { suspectKey };
}

/** Whether the string that ended just before `from` is an object key: the next character other than JSON whitespace is `:`. */
function isKey(text: string, from: number): boolean {
  let index = from;
  let code = text.charCodeAt(index);
  while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = text.charCodeAt(++index);
  return code === COLON;
}

/** The index of the quote that ends the string starting at `from`: the next one not escaped by a backslash. */
function closingQuote(text: string, from: number): number {
  let end = text.indexOf('"', from);
  while (end !== -1) {
    let backslashes = 0;
    for (let index = end - 1; index >= from && text.charCodeAt(index) === BACKSLASH; index--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/**
 * Finds the first `__proto__`, `constructor` or `prototype` key, a way to pollute other code's objects.
 * One path stack for the whole walk (not a new array per value), since a large register has a million values.
 */
function findForbiddenKey(root: unknown): string | undefined {
  const path: PropertyKey[] = [];
  const visit = (value: object): boolean => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item === null || typeof item !== 'object') continue;
        path.push(index);
        if (visit(item)) return true;
        path.pop();
      }
      return false;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) return true;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object' && visit(child)) return true;
      path.pop();
    }
    return false;
  };
  return root !== null && typeof root === 'object' && visit(root) ? formatPath(path) : undefined;
}

/** Parses the JSON text of an exchange file; throws `RegisterError('invalid-file')` naming what is wrong. */
export function parseExchangeText(text: string): ExchangeDocument {
  if (text.length > MAX_EXCHANGE_BYTES) {
    throw refuse('invalid-file', 'imports:exchangeTooLarge');
  }
  const { suspectKey } = scanText(text);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // V8 quotes the start of the text in its message: kept to one line, so the error is one line whatever the file.
    const reason = (error as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    throw refuse('invalid-file', 'imports:exchangeNotJson', { reason });
  }
  // The scan saw every key: without a suspect one, there is nothing for the walk to find.
  return readDocument(json, suspectKey);
}

/** The top level of a document, its records not yet read. */
export const envelope = z.object({
  format: z.unknown(),
  version: z.unknown(),
  exportedAt: dateTime,
  register: z.strictObject({ id: uuid, name: z.string().trim().min(1, 'must not be empty'), defaultLanguage: languageCode }),
  baseRevision: z.number().int().min(0).optional(),
  organisations: z.array(z.unknown()).min(1, 'needs at least one organisation (the controller)'),
  processors: z.array(z.unknown()),
  activities: z.array(z.unknown()),
});

/** Validates an already parsed exchange document, field by field, then its references. */
export function readExchangeDocument(json: unknown): ExchangeDocument {
  return readDocument(json, true);
}

/**
 * The checks that come before the fields are read: one JSON object, no forbidden key, the format and its version, no
 * unknown top-level field. Each refusal is alone: a file that fails one is not a register exchange file to read on.
 */
export function checkStructure(json: unknown, mayHaveForbiddenKey = true): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw refuse('invalid-file', 'imports:exchangeNotAnObject');
  }
  const forbidden = mayHaveForbiddenKey ? findForbiddenKey(json) : undefined;
  if (forbidden !== undefined) {
    throw refuse('invalid-file', 'imports:forbiddenKey', { path: forbidden }, forbidden);
  }
  const top = json as Record<string, unknown>;
  if (top['format'] !== EXCHANGE_FORMAT) {
    throw refuse('invalid-file', 'imports:exchangeWrongFormat', { format: EXCHANGE_FORMAT }, 'format');
  }
  if (typeof top['version'] === 'number' && top['version'] > EXCHANGE_VERSION) {
    throw refuse('invalid-file', 'imports:exchangeNewerVersion', { version: top['version'], supported: EXCHANGE_VERSION }, 'version');
  }
  if (top['version'] !== EXCHANGE_VERSION) {
    throw refuse('invalid-file', 'imports:exchangeWrongVersion', { supported: EXCHANGE_VERSION }, 'version');
  }
  const unknownTop = Object.keys(top).find((key) => !(key in envelope.shape) && !key.startsWith('x-'));
  if (unknownTop !== undefined) {
    throw refuse('invalid-file', 'imports:exchangeUnknownField', { field: unknownTop }, unknownTop);
  }
  return top;
}

function readDocument(json: unknown, mayHaveForbiddenKey: boolean): ExchangeDocument {
  const top = checkStructure(json, mayHaveForbiddenKey);
  const head = envelope.safeParse(top);
  if (!head.success) throw invalid(firstIssue(head.error));

  const schemas = compiledRecordSchemas(head.data.register.defaultLanguage);
  const organisations = head.data.organisations.map((record, index) => parseRecord(schemas.organisation, record, ['organisations', index]));
  const processors = head.data.processors.map((record, index) => parseRecord(schemas.processor, record, ['processors', index]));
  const activities = head.data.activities.map((record, index) => parseRecord(schemas.activity, record, ['activities', index]));

  const document: ExchangeDocument = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: head.data.exportedAt,
    register: head.data.register,
    ...(head.data.baseRevision === undefined ? {} : { baseRevision: head.data.baseRevision }),
    organisations,
    processors,
    activities,
  };
  for (const key of Object.keys(top)) if (key.startsWith('x-')) (document as Record<string, unknown>)[key] = top[key];
  checkReferences(document);
  return document;
}

type CompiledRecordSchemas = Pick<RecordSchemas, 'organisation' | 'processor' | 'activity'>;

const compiled = new Map<string, CompiledRecordSchemas>();

/**
 * The record schemas, compiled by zod (`z.compile`) the first time a file is read: the same rules, run as generated
 * code for a record that passes, and by zod's own parser, for the same issues, for one that does not. Compiled on
 * first use, so only where files are read (the backend): the renderer's Content-Security-Policy forbids generated code.
 */
function compiledRecordSchemas(defaultLanguage: string): CompiledRecordSchemas {
  let schemas = compiled.get(defaultLanguage);
  if (schemas === undefined) {
    const source = recordSchemas(defaultLanguage, 'first-issue');
    schemas = { organisation: z.compile(source.organisation), processor: z.compile(source.processor), activity: z.compile(source.activity) };
    compiled.set(defaultLanguage, schemas);
  }
  return schemas;
}

function parseRecord<T>(schema: z.ZodType<T>, record: unknown, path: PropertyKey[]): T {
  const result = schema.safeParse(record, { reportInput: true });
  if (!result.success) throw invalid(firstIssue(result.error, path));
  return result.data;
}

/** A field the record schemas refuse: their line, in English as every validation message is (the interface words it). */
function invalid(issue: { path: string; line: string }): RegisterError {
  return new RegisterError('invalid-file', issue.line, issue.path);
}

/** Every id is unique and every reference points to a record in the same file; sub-processor chains have no cycle. */
export function checkReferences(document: Pick<ExchangeDocument, 'organisations' | 'processors' | 'activities'>): void {
  const first = brokenReferences(document)[0];
  if (first !== undefined) throw refuse('invalid-file', first.key, { path: first.path, id: first.id }, first.path);
}

/**
 * The references of records, read or not: a record whose fields failed may still be checked for what it holds (an
 * activity without an organisationId names none to check).
 */
export type ReferenceView = {
  organisations: ReadonlyArray<{ id: string }>;
  processors: ReadonlyArray<ProcessorLink>;
  activities: ReadonlyArray<{
    organisationId?: string | undefined;
    processorIds?: readonly string[] | undefined;
    transfers?: ReadonlyArray<{ processorId?: string | undefined }> | undefined;
    id: string;
  }>;
};

/** Every broken reference of the document, in the order checkReferences finds them (a duplicate id first). */
export function referenceIssues(document: ReferenceView): FieldIssue[] {
  return brokenReferences(document).map(({ path, message }) => ({ path, message }));
}

/**
 * A broken reference: its issue, in English as the lists of a spreadsheet's problems show it, and the refusal of the
 * catalogue (`key`, with the path and the id) that words it when it refuses a file alone.
 */
type BrokenReference = FieldIssue & { key: RefusalKey; id?: string };

function brokenReferences(document: ReferenceView): BrokenReference[] {
  // Plain loops, and paths written only for an issue: a large register has tens of thousands of references.
  const issues: BrokenReference[] = [];
  const seen = new Set<string>();
  const unique = (records: ReadonlyArray<{ id: string }>, list: string) => {
    for (let index = 0; index < records.length; index++) {
      const id = (records[index] as { id: string }).id;
      if (seen.has(id)) issues.push({ path: `${list}[${index}].id`, message: `"${id}" is used by another record too`, key: 'imports:duplicateId', id });
      seen.add(id);
    }
  };
  unique(document.organisations, 'organisations');
  unique(document.processors, 'processors');
  unique(document.activities, 'activities');

  const organisationIds = new Set(document.organisations.map((record) => record.id));
  const processorIds = new Set(document.processors.map((record) => record.id));
  const dangling = (path: string, id: string, what: 'processor' | 'organisation') =>
    issues.push({
      path,
      message: `"${id}" points to no ${what} in this file`,
      key: what === 'processor' ? 'imports:noSuchProcessorInFile' : 'imports:noSuchOrganisationInFile',
      id,
    });

  document.processors.forEach((processor, index) => {
    const parentId = processor.parentId;
    if (parentId !== undefined && parentId !== null && !processorIds.has(parentId)) dangling(`processors[${index}].parentId`, parentId, 'processor');
  });
  const cycle = findProcessorCycle(document.processors);
  if (cycle !== undefined) {
    const index = document.processors.findIndex((record) => record.id === cycle);
    issues.push({
      path: `processors[${index}].parentId`,
      message: 'the chain of sub-processors loops back to this processor',
      key: 'imports:processorChainLoops',
    });
  }
  const activities = document.activities;
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as ReferenceView['activities'][number];
    if (activity.organisationId !== undefined && !organisationIds.has(activity.organisationId))
      dangling(`activities[${index}].organisationId`, activity.organisationId, 'organisation');
    const used = activity.processorIds;
    if (used !== undefined) {
      for (let position = 0; position < used.length; position++) {
        const id = used[position] as string;
        if (!processorIds.has(id)) dangling(`activities[${index}].processorIds[${position}]`, id, 'processor');
      }
    }
    const transfers = activity.transfers;
    if (transfers !== undefined) {
      for (let position = 0; position < transfers.length; position++) {
        const id = (transfers[position] as { processorId?: string | undefined }).processorId;
        if (id !== undefined && !processorIds.has(id)) dangling(`activities[${index}].transfers[${position}].processorId`, id, 'processor');
      }
    }
  }
  return issues;
}

/** The id of a processor whose parent chain comes back to itself, if any (the first such one, in the order given). */
export function findProcessorCycle(processors: ReadonlyArray<ProcessorLink>): string | undefined {
  const byId = new Map(processors.map((record) => [record.id, record]));
  for (const processor of byId.values()) {
    // The walk up stops just before a processor would come round again: on a loop through this one, the last engager
    // it reaches (or the processor itself, when it names itself) is the one whose parent is this processor.
    const top = engagersOf(processor, byId).at(-1) ?? processor;
    if (top.parentId === processor.id) return processor.id;
  }
  return undefined;
}
