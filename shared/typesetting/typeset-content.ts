// The typesetting the PDF documents get just before pdfmake lays them out, in one walk over the definition:
// no-break spaces after article abbreviations, a hyphen in words too long for their table column, and the
// fallback font for the characters the main font lacks. The builders in shared/report and shared/policy stay about
// content; this is about how the text sits on the page. Nodes are changed in place, as pdfmake itself does.
import type { PdfContent, PdfInline, PdfStyle } from '../report/pdf-document.ts';
import { fontRuns, type GlyphCoverage } from './glyph-coverage.ts';
import { hyphenatedToFit, isHyphenationLanguage } from './hyphenation.ts';
import { withNoBreakSpaces } from './no-break-spaces.ts';
import { cellWidths, type ColumnWidth, type TableLayoutWidths } from './table-columns.ts';

export type TextStyle = { fontSize: number; bold: boolean; italics: boolean };

export type Typesetting = {
  language: string;
  coverage: GlyphCoverage;
  /** The pdfmake font family drawn for characters the main font has no glyph for. */
  fallbackFont: string;
  styles: Readonly<Record<string, PdfStyle>>;
  defaultStyle: PdfStyle;
  /** The width between the page margins, in points. */
  contentWidth: number;
  tableLayouts: Readonly<Record<string, TableLayoutWidths>>;
  /** The width of `text` in the main font, in points; without it no word is hyphenated. */
  measure?: (text: string, style: TextStyle) => number;
};

type Where = { style: TextStyle; width: number | undefined; inCell: boolean };
type NodeObject = Record<string, unknown>;

const isObject = (value: unknown): value is NodeObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Typesets `content` for pdfmake; returns the same array, its nodes changed where the text needed it. */
export function typesetContent(content: PdfContent[], settings: Typesetting): PdfContent[] {
  const base = styleOf(settings.defaultStyle, { fontSize: 12, bold: false, italics: false }, settings);
  const where: Where = { style: base, width: settings.contentWidth, inCell: false };
  for (let index = 0; index < content.length; index++) content[index] = node(content[index] as PdfContent, where, settings);
  return content;
}

function styleOf(node: NodeObject | PdfStyle, parent: TextStyle, settings: Typesetting): TextStyle {
  const style = { ...parent };
  const record = node as NodeObject;
  const named = record['style'];
  for (const name of typeof named === 'string' ? [named] : Array.isArray(named) ? named : []) {
    const found = typeof name === 'string' ? settings.styles[name] : undefined;
    if (found !== undefined) apply(style, found as NodeObject);
  }
  apply(style, record);
  return style;
}

function apply(style: TextStyle, from: NodeObject): void {
  if (typeof from['fontSize'] === 'number') style.fontSize = from['fontSize'];
  if (typeof from['bold'] === 'boolean') style.bold = from['bold'];
  if (typeof from['italics'] === 'boolean') style.italics = from['italics'];
}

function horizontalMargins(node: NodeObject): number {
  const margin = node['margin'];
  if (!Array.isArray(margin)) return typeof margin === 'number' ? 2 * margin : 0;
  if (margin.length === 2) return 2 * Number(margin[0] ?? 0);
  return Number(margin[0] ?? 0) + Number(margin[2] ?? 0);
}

function node(content: PdfContent, outer: Where, settings: Typesetting): PdfContent {
  if (typeof content === 'string') return text(content, outer, settings) as PdfContent;
  if (Array.isArray(content)) {
    for (let index = 0; index < content.length; index++) content[index] = node(content[index] as PdfContent, outer, settings);
    return content;
  }
  const record = content as NodeObject;
  const width = outer.width === undefined ? undefined : outer.width - horizontalMargins(record);
  const where: Where = { style: styleOf(record, outer.style, settings), width, inCell: outer.inCell };
  if ('text' in record) {
    // pdfmake's own bookmarks take the node's text, which must stay a string: keep it before it becomes runs.
    if (record['outline'] === true && typeof record['text'] === 'string' && record['outlineText'] === undefined) {
      record['outlineText'] = withNoBreakSpaces(record['text']);
    }
    record['text'] = inline(record['text'] as PdfInline | PdfInline[], where, settings);
  }
  for (const key of ['stack', 'columns'] as const) {
    const children = record[key];
    if (Array.isArray(children)) node(children as PdfContent[], key === 'columns' ? { ...where, width: undefined } : where, settings);
  }
  if (Array.isArray(record['ul'])) {
    // The bullet and its gap take the width of "9. " (pdfmake's gapSizeForList).
    const gap = settings.measure?.('9. ', where.style) ?? where.style.fontSize;
    node(record['ul'] as PdfContent[], { ...where, width: width === undefined ? undefined : width - gap }, settings);
  }
  if (isObject(record['toc']) && record['toc']['title'] !== undefined) {
    record['toc']['title'] = node(record['toc']['title'] as PdfContent, where, settings);
  }
  if (isObject(record['table'])) table(record['table'], record['layout'], where, settings);
  return content;
}

function table(tableNode: NodeObject, layoutName: unknown, where: Where, settings: Typesetting): void {
  const body = tableNode['body'];
  const widths = tableNode['widths'];
  if (!Array.isArray(body) || !Array.isArray(widths)) return;
  const layout = typeof layoutName === 'string' ? settings.tableLayouts[layoutName] : undefined;
  markKeptRows(tableNode, body as unknown[][]);
  const widthOf = where.width === undefined ? () => undefined : cellWidths(widths as ColumnWidth[], body as unknown[][], where.width, layout);
  for (const row of body as unknown[][]) {
    if (!Array.isArray(row)) continue;
    for (let column = 0; column < row.length; column++) {
      const cell = row[column] as PdfContent;
      const span = isObject(cell) && typeof cell['colSpan'] === 'number' ? cell['colSpan'] : 1;
      row[column] = node(cell, { style: where.style, width: widthOf(column, span), inCell: true }, settings);
    }
  }
}

let kept = 0;

/**
 * The header rows and the rows kept with them are laid out as one block, which pdfmake moves to the next page whole
 * when it does not fit; the nodes in it then still report the page they were first measured on, unless they have an
 * id (pdfmake corrects the position of nodes with one). An id on each of their texts lets the keep-with-next check
 * (keep-with-next.ts) see where they really are.
 */
function markKeptRows(tableNode: NodeObject, body: unknown[][]): void {
  const headerRows = typeof tableNode['headerRows'] === 'number' ? tableNode['headerRows'] : 0;
  const keptRows = headerRows + (typeof tableNode['keepWithHeaderRows'] === 'number' ? tableNode['keepWithHeaderRows'] : 0);
  const mark = (content: unknown): unknown => {
    if (typeof content === 'string') return { text: content, id: `kept-${++kept}` };
    if (Array.isArray(content)) return content.map(mark);
    if (!isObject(content)) return content;
    if ('text' in content && content['id'] === undefined) content['id'] = `kept-${++kept}`;
    for (const key of ['stack', 'ul', 'columns']) if (Array.isArray(content[key])) content[key] = (content[key] as unknown[]).map(mark);
    return content;
  };
  for (let row = 0; row < Math.min(keptRows, body.length); row++) {
    const cells = body[row];
    if (Array.isArray(cells)) body[row] = cells.map((cell) => (cell === '' ? cell : mark(cell)));
  }
}

function inline(content: PdfInline | PdfInline[], where: Where, settings: Typesetting): PdfInline | PdfInline[] {
  if (typeof content === 'string') return text(content, where, settings);
  if (Array.isArray(content)) return content.map((part) => inline(part, where, settings) as PdfInline);
  const record = content as NodeObject;
  record['text'] = inline(record['text'] as PdfInline | PdfInline[], { ...where, style: styleOf(record, where.style, settings) }, settings);
  return content;
}

/** One string of the document: no-break spaces, hyphens where a word must break, then runs by font. */
function text(value: string, where: Where, settings: Typesetting): PdfInline {
  let typeset = withNoBreakSpaces(value);
  const { measure, language } = settings;
  const width = where.width;
  if (where.inCell && width !== undefined && measure !== undefined && isHyphenationLanguage(language)) {
    // A little room to spare: pdfmake's measure and ours may differ in the last hundredth of a point.
    const room = width - 0.5;
    typeset = typeset.replace(/[^\s]{4,}/gu, (word) =>
      measure(word, where.style) <= room ? word : hyphenatedToFit(word, language, (piece) => measure(piece, where.style) <= room),
    );
  }
  const runs = fontRuns(typeset, settings.coverage);
  if (runs.length === 1 && runs[0]?.fallback === false) return typeset;
  return { text: runs.map((run): PdfInline => (run.fallback ? { text: run.text, font: settings.fallbackFont } : run.text)) };
}
