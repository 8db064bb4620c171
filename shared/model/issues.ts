import type { z } from 'zod';

/** `activities[3].legalBases[0].basis` from zod's `['activities', 3, 'legalBases', 0, 'basis']`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/**
 * The offending value, short. Any value may arrive here (IPC carries what structured clone can: a BigInt, a Map, an
 * object that refers to itself), and none may turn a refusal into a crash.
 */
function quote(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    json = typeof value === 'bigint' ? `${value}n` : typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : String(value);
  }
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** The message part of a field error, in words a DPO reads (the path goes in front of it). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_value':
      return `${quote(input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return input === undefined ? 'is required' : `should be ${article(issue.expected)}, not ${quote(input)}`;
    case 'unrecognized_keys':
      return `has unknown fields ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `needs at least ${String(issue.minimum)}`;
    case 'invalid_union':
      return input === undefined ? 'is required' : `${quote(input)} is neither a text nor a set of translations`;
    default:
      // Quote the value only when it is one value a person typed, not a whole record.
      return input === undefined || typeof input === 'object' || (typeof input === 'string' && input.trim() === '') || issue.code !== 'custom'
        ? issue.message
        : `${quote(input)} ${issue.message}`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

export type FieldIssue = { path: string; message: string };

/** Every issue, each with its path (for the forms: one message next to each field); `prefix`: where the value was. */
export function fieldIssues(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
}

/** The first issue as one line: `path: message`. */
export function firstIssue(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldIssue & { line: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { path: '', message: 'is not valid', line: 'is not valid' };
  const path = formatPath([...prefix, ...issue.path]);
  const message = describeIssue(issue);
  return { path, message, line: path === '' ? message : `${path}: ${message}` };
}
