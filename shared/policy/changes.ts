// What changed in the policy since its last published version: the text, line by line, in one language, and the
// material changes (see policy-facts.ts) that people must be told of before they take effect.
import { diffLines } from 'diff';
import type { MaterialChange } from './policy-facts.ts';

export type PolicyTextChange = { kind: 'added' | 'removed' | 'unchanged'; lines: string[] };

export type PolicyChanges = {
  /** The version compared with; null before anything is published. */
  since: { version: number; publishedAt: string } | null;
  /** Empty when the text is the same as published (or nothing was published in this language). */
  text: PolicyTextChange[];
  material: MaterialChange[];
};

/** The changes between two Markdown texts, by line; blank lines are left out (they only separate blocks). */
export function textChanges(published: string, current: string): PolicyTextChange[] {
  const parts = diffLines(published, current);
  if (parts.every((part) => !part.added && !part.removed)) return [];
  return parts
    .map((part): PolicyTextChange => ({
      kind: part.added ? 'added' : part.removed ? 'removed' : 'unchanged',
      lines: part.value.split('\n').filter((line) => line.trim() !== ''),
    }))
    .filter((part) => part.lines.length > 0);
}
