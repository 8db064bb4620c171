// A manifest comes from a file someone sent: before any of it is read, it must be plain data of a sane depth, with no
// key that could reach another object's prototype when copied (`__proto__`, `constructor`, `prototype`).
import { formatPath } from '../../model/issues.ts';
import { refuse } from '../../refusals/refusals.ts';

export const MAX_MANIFEST_NESTING = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws `RegisterError('invalid-input')` naming the first forbidden key, or saying the value is nested too deep. */
export function checkPlainValue(root: unknown): void {
  // An explicit stack rather than recursion: a hostile file is as deep as it likes.
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_MANIFEST_NESTING) {
      throw refuse('invalid-input', 'imports:fidesNestedTooDeep', { levels: MAX_MANIFEST_NESTING, path: formatPath(path) });
    }
    if (Array.isArray(value)) {
      value.forEach((child: unknown, index) => stack.push({ value: child, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = formatPath([...path, key]);
        throw refuse('invalid-input', 'imports:forbiddenKey', { path: where }, where);
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
}
