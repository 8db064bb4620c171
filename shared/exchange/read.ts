import { z } from 'zod';
import { languageCode, dateTime, uuid } from '../model/primitives.ts';
import { recordSchemas, type Organisation, type Processor, type ProcessingActivity } from '../model/records.ts';
import { firstIssue, formatPath } from '../model/issues.ts';
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

/**
 * Refuses a text nested deeper than JSON readers should ever be asked to go, before parsing it.
 * Most of a register file is string content: jumping from quote to quote (rather than reading every character)
 * keeps this check a small part of reading a 10,000-activity file.
 */
function checkNesting(text: string): void {
  let depth = 0;
  const structural = /[[\]{}"]/g;
  let match: RegExpExecArray | null;
  while ((match = structural.exec(text)) !== null) {
    const char = match[0];
    if (char === '"') {
      const end = closingQuote(text, structural.lastIndex);
      if (end === -1) return; // an unterminated string: JSON.parse reports it
      structural.lastIndex = end + 1;
    } else if (char === '{' || char === '[') {
      if (++depth > MAX_NESTING) {
        throw new RegisterError('invalid-file', `is nested deeper than ${MAX_NESTING} levels; a register file never is`);
      }
    } else depth--;
  }
}

/** The index of the quote that ends the string starting at `from`: the next one not escaped by a backslash. */
function closingQuote(text: string, from: number): number {
  let end = text.indexOf('"', from);
  while (end !== -1) {
    let backslashes = 0;
    for (let index = end - 1; index >= from && text.charCodeAt(index) === 92; index--) backslashes++;
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
    throw new RegisterError('invalid-file', 'is larger than 100 MiB; a register file never is');
  }
  checkNesting(text);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new RegisterError('invalid-file', `is not valid JSON (${(error as Error).message})`);
  }
  return readExchangeDocument(json);
}

const envelope = z.object({
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
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new RegisterError('invalid-file', 'is not a register exchange file (expected one JSON object)');
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden !== undefined) {
    throw new RegisterError('invalid-file', `${forbidden}: a key with this name is not allowed`, forbidden);
  }
  const top = json as Record<string, unknown>;
  if (top['format'] !== EXCHANGE_FORMAT) {
    throw new RegisterError('invalid-file', `format: is not "${EXCHANGE_FORMAT}": this is not a register exchange file`, 'format');
  }
  if (typeof top['version'] === 'number' && top['version'] > EXCHANGE_VERSION) {
    throw new RegisterError(
      'invalid-file',
      `version: ${top['version']} was made by a newer version of RoPA Desk (this one reads version ${EXCHANGE_VERSION}); update the app`,
      'version',
    );
  }
  if (top['version'] !== EXCHANGE_VERSION) {
    throw new RegisterError('invalid-file', `version: must be ${EXCHANGE_VERSION}`, 'version');
  }
  const unknownTop = Object.keys(top).find((key) => !(key in envelope.shape) && !key.startsWith('x-'));
  if (unknownTop !== undefined) {
    throw new RegisterError('invalid-file', `${unknownTop}: is not a field of the exchange format`, unknownTop);
  }
  const head = envelope.safeParse(top);
  if (!head.success) throw invalid(firstIssue(head.error));

  const schemas = recordSchemas(head.data.register.defaultLanguage);
  const organisations = head.data.organisations.map((record, index) =>
    parseRecord(schemas.organisation, record, ['organisations', index]),
  );
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

function parseRecord<T>(schema: z.ZodType<T>, record: unknown, path: PropertyKey[]): T {
  const result = schema.safeParse(record, { reportInput: true });
  if (!result.success) throw invalid(firstIssue(result.error, path));
  return result.data;
}

function invalid(issue: { path: string; line: string }): RegisterError {
  return new RegisterError('invalid-file', issue.line, issue.path);
}

/** Every id is unique and every reference points to a record in the same file; sub-processor chains have no cycle. */
export function checkReferences(document: Pick<ExchangeDocument, 'organisations' | 'processors' | 'activities'>): void {
  const seen = new Set<string>();
  const unique = (id: string, path: string) => {
    if (seen.has(id)) throw new RegisterError('invalid-file', `${path}.id: "${id}" is used by another record too`, `${path}.id`);
    seen.add(id);
  };
  document.organisations.forEach((record, index) => unique(record.id, `organisations[${index}]`));
  document.processors.forEach((record, index) => unique(record.id, `processors[${index}]`));
  document.activities.forEach((record, index) => unique(record.id, `activities[${index}]`));

  const organisationIds = new Set(document.organisations.map((record) => record.id));
  const processorIds = new Map(document.processors.map((record) => [record.id, record]));
  const dangling = (path: string, id: string, what: string) =>
    new RegisterError('invalid-file', `${path}: "${id}" points to no ${what} in this file`, path);

  document.processors.forEach((processor, index) => {
    const parentId = processor.parentId;
    if (parentId !== undefined && parentId !== null && !processorIds.has(parentId)) {
      throw dangling(`processors[${index}].parentId`, parentId, 'processor');
    }
  });
  const cycle = findProcessorCycle(document.processors);
  if (cycle !== undefined) {
    const index = document.processors.findIndex((record) => record.id === cycle);
    throw new RegisterError(
      'invalid-file',
      `processors[${index}].parentId: the chain of sub-processors loops back to this processor`,
      `processors[${index}].parentId`,
    );
  }
  document.activities.forEach((activity, index) => {
    const at = `activities[${index}]`;
    if (!organisationIds.has(activity.organisationId)) throw dangling(`${at}.organisationId`, activity.organisationId, 'organisation');
    activity.processorIds?.forEach((id, position) => {
      if (!processorIds.has(id)) throw dangling(`${at}.processorIds[${position}]`, id, 'processor');
    });
    activity.transfers?.forEach((transfer, position) => {
      if (transfer.processorId !== undefined && !processorIds.has(transfer.processorId)) {
        throw dangling(`${at}.transfers[${position}].processorId`, transfer.processorId, 'processor');
      }
    });
  });
}

/** The id of a processor whose parent chain comes back to itself, if any. */
export function findProcessorCycle(processors: ReadonlyArray<{ id: string; parentId?: string | null | undefined }>): string | undefined {
  const parentOf = new Map(processors.map((record) => [record.id, record.parentId ?? null]));
  for (const start of parentOf.keys()) {
    const visited = new Set<string>([start]);
    let current = parentOf.get(start) ?? null;
    while (current !== null) {
      if (current === start) return start;
      if (visited.has(current)) break;
      visited.add(current);
      current = parentOf.get(current) ?? null;
    }
  }
  return undefined;
}
