// Paths into a draft object, written the way shared/model/issues.ts formats zod issue paths:
// `legalBases[0].detail`. `getAt`/`setAt` read and immutably write a draft by such a path.

export type PathSegment = string | number;

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/** `join('transfers', 2, 'country')` → `transfers[2].country`; empty parts are skipped. */
export function joinPath(...parts: Array<PathSegment | undefined>): string {
  let text = '';
  for (const part of parts) {
    if (part === undefined || part === '') continue;
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' || part.startsWith('[') ? part : `.${part}`;
  }
  return text;
}

export function getAt(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `value` with `path` set. Setting `undefined` removes an object key (an optional field left empty is
 * absent, as the exchange format wants) and, in an array, removes the element.
 */
export function setAt<T>(value: T, path: string, next: unknown): T {
  return setSegments(value, parsePath(path), next) as T;
}

function setSegments(value: unknown, segments: PathSegment[], next: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return next;
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...(value as unknown[])] : [];
    const child = setSegments(array[head], rest, next);
    if (child === undefined && rest.length === 0) array.splice(head, 1);
    else array[head] = child;
    return array;
  }
  const object: Record<string, unknown> = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  const child = setSegments(object[head], rest, next);
  if (child === undefined) delete object[head];
  else object[head] = child;
  return object;
}

/** True when `issuePath` is `path` or inside it (`purposes[0]` is inside `purposes`). */
export function isWithin(issuePath: string, path: string): boolean {
  return issuePath === path || issuePath.startsWith(`${path}.`) || issuePath.startsWith(`${path}[`);
}
