// Headings kept with what follows them: a heading (a node with `headlineLevel`) left at a page's foot with nothing
// of its own below it moves to the next page. pdfmake asks `pageBreakBefore` about each node after laying out the
// document, and lays it out again when the answer is yes.
import type { PdfContent } from '../report/pdf-document.ts';

/** What pdfmake tells `pageBreakBefore` about a laid-out node (the part used here). */
export type LaidOutNode = {
  headlineLevel?: number;
  pageNumbers: number[];
  stack?: boolean;
  style?: unknown;
  table?: unknown;
  ul?: unknown;
  ol?: unknown;
  columns?: unknown;
};

export type NodeQueries = {
  getFollowingNodesOnPage: () => LaidOutNode[];
  getPreviousNodesOnPage: () => LaidOutNode[];
};

const isHeading = (node: LaidOutNode) => node.headlineLevel !== undefined;

/**
 * Content of its own: not a heading, and not a container (a table or list may draw its top rule on the page before
 * its first row, so it counts only through the cells and items it holds).
 */
const isContent = (node: LaidOutNode) =>
  !isHeading(node) && node.stack !== true && node.table === undefined && node.ul === undefined && node.ol === undefined && node.columns === undefined;

/** The running header and footer are laid out with each page, and are no part of what a heading heads. */
const RUNNING_STYLES = new Set(['pageHeader', 'pageFooter']);
const isRunning = (node: LaidOutNode) => [node.style].flat().some((style) => typeof style === 'string' && RUNNING_STYLES.has(style));

/**
 * Whether `node` must start a new page: a heading (or a short lead-in marked as one) that fits on its page while
 * none of the content it heads does. Not when the heading already starts its page (breaking would only add a blank
 * page), nor when it is split over two pages itself.
 */
export function breakBeforeLoneHeading(node: LaidOutNode, queries: NodeQueries): boolean {
  if (!isHeading(node) || node.pageNumbers.length !== 1) return false;
  const page = node.pageNumbers[0];
  // A node counts where it starts: pdfmake corrects only the first position of a node moved with a kept block.
  const startsHere = (following: LaidOutNode) => following.pageNumbers[0] === page;
  if (queries.getFollowingNodesOnPage().some((following) => startsHere(following) && isContent(following) && !isRunning(following))) return false;
  // The stacks that hold the whole document are "on" every page: only a node of content above counts.
  return queries.getPreviousNodesOnPage().some((previous) => previous.stack !== true && !isRunning(previous));
}

type Marked = { headlineLevel?: number; text?: unknown; table?: unknown };

/**
 * A short text between a heading and the table it introduces (an activity's description) goes with the heading, and
 * a text that announces what follows ("We process the following categories of personal data:") goes with it: each
 * is marked as a heading one level down, so that it never stays at a page's foot without what it introduces.
 */
export function keepLeadInsWithHeadings(content: PdfContent[]): PdfContent[] {
  for (let index = 0; index + 1 < content.length; index++) {
    const leadIn = content[index];
    const next = content[index + 1];
    if (!isNode(leadIn) || !isNode(next) || !('text' in leadIn) || leadIn.headlineLevel !== undefined || 'text' in next) continue;
    const heading = content[index - 1];
    const afterHeading = isNode(heading) && heading.headlineLevel !== undefined;
    if (afterHeading) leadIn.headlineLevel = (heading.headlineLevel ?? 0) + 1;
    else if (lastText(leadIn.text).trimEnd().endsWith(':')) leadIn.headlineLevel = 9;
  }
  return content;
}

function lastText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return lastText(text[text.length - 1]);
  return typeof text === 'object' && text !== null && 'text' in text ? lastText(text.text) : '';
}

function isNode(content: PdfContent | undefined): content is PdfContent & Marked {
  return typeof content === 'object' && content !== null && !Array.isArray(content);
}
