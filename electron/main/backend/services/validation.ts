import type { z } from 'zod';
import { fieldIssues, firstIssue, type FieldIssue } from '../../../../shared/model/issues.ts';
import { RegisterError } from '../../../../shared/result.ts';

/**
 * Checks a record a form sent against the register's schema. The failure carries every field's issue, so the
 * form can show each message next to its field; its one-line message is the first of them.
 */
export function validateRecord<T>(schema: z.ZodType<T>, record: unknown): T {
  const result = schema.safeParse(record, { reportInput: true });
  if (result.success) return result.data;
  const first = firstIssue(result.error);
  throw new RegisterError('invalid-input', first.line, first.path, fieldIssues(result.error));
}

/** A record that names records that are not in the register (or would loop): every such field, the first as the message. */
export function referenceError(issues: FieldIssue[]): RegisterError {
  const first = issues[0];
  if (first === undefined) throw new Error('referenceError needs at least one issue');
  return new RegisterError('invalid-input', `${first.path}: ${first.message}`, first.path, issues);
}
