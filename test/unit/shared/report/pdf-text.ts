import type { PdfContent, PdfInline } from '../../../../shared/report/pdf-document.ts';

/** The words of a document definition in order, as a reader of the PDF would get them (for assertions). */
export function textOf(content: PdfContent | PdfInline | readonly (PdfContent | PdfInline)[]): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => textOf(part)).join(' ');
  const node = content as Record<string, unknown>;
  // The runs of one paragraph join as they are printed; blocks (a stack, a list) are separated by a space.
  if ('text' in node) return Array.isArray(node['text']) ? node['text'].map((run) => textOf(run as PdfInline)).join('') : textOf(node['text'] as PdfInline);
  for (const key of ['stack', 'ul']) {
    if (key in node) return textOf(node[key] as PdfContent);
  }
  if ('table' in node) return (node['table'] as { body: PdfContent[][] }).body.map((row) => textOf(row)).join('\n');
  if ('columns' in node) return textOf(node['columns'] as PdfContent[]);
  return '';
}

/** The rows of the label/value tables under the heading that starts with `heading`, as [label, value] texts. */
export function rowsUnder(content: readonly PdfContent[], heading: string): Array<[string, string]> {
  // A section's heading and first table are one block kept together (a stack): its tables count too.
  const blocks = content.flatMap((block) => (typeof block === 'object' && !Array.isArray(block) && 'stack' in block ? block.stack : [block]));
  for (const block of blocks) {
    if (typeof block !== 'object' || Array.isArray(block) || !('table' in block)) continue;
    const [first, ...rest] = block.table.body;
    if (first === undefined || !textOf(first[0] ?? '').startsWith(heading)) continue;
    return rest.map((row) => [textOf(row[0] ?? ''), textOf(row[1] ?? '')]);
  }
  throw new Error(`No table under a heading starting with ${heading}`);
}
