import type { PdfContent } from './pdf-document.ts';
import type { ContentsEntry } from './report-input.ts';

/**
 * The table of contents, with the page each heading landed on (known once the report has been laid out, so the
 * backend builds this page last). Page numbers sit in a fixed-width column: their values never change its length.
 */
export function contentsPage(title: string, entries: ReadonlyArray<ContentsEntry & { page: number }>): PdfContent[] {
  const rows = entries.map((entry): PdfContent[] => {
    const top = entry.parentId === undefined;
    return [
      { text: entry.title, ...(top ? { bold: true, margin: [0, 5, 0, 1] } : { margin: [12, 0, 0, 0], fontSize: 8.5 }) },
      { text: String(entry.page), alignment: 'right', ...(top ? { bold: true, margin: [0, 5, 0, 1] } : { fontSize: 8.5 }) },
    ];
  });
  return [
    { text: title, style: 'tocTitle' },
    { table: { widths: ['*', 36], body: rows, dontBreakRows: true }, layout: 'noBorders' },
  ];
}
