/**
 * A short fingerprint of a value (cyrb53 over its canonical JSON, in hex): what a rule judged, kept with an
 * acceptance so that the finding comes back when that changes. Object keys are taken in sorted order, so the same
 * values give the same fingerprint however a record's fields were ordered when it was saved. Not a cryptographic hash:
 * it only tells "the same as then" from "changed".
 */
export function fingerprint(value: unknown): string {
  const text = canonicalText(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * JSON with object keys sorted, written directly (a register's checks fingerprint tens of thousands of small values:
 * no sorted copy of each object is made). Absent values are left out, as JSON.stringify leaves them.
 */
function canonicalText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) text += (index === 0 ? '' : ',') + canonicalText(value[index] ?? null);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalText(member)}`;
    first = false;
  }
  return `${text}}`;
}
