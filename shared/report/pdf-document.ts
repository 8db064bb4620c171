/**
 * The part of pdfmake's document-definition format the report builders use. shared/ stays free of pdfmake (and of
 * the DOM and Node types its typings pull in); the backend checks at compile time that these are pdfmake's shapes
 * (electron/main/backend/reports/pdf-renderer.ts).
 */
export type PdfMargin = [number, number, number, number];

export type PdfStyle = {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  lineHeight?: number;
  margin?: PdfMargin;
  characterSpacing?: number;
};

type Node = PdfStyle & {
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  colSpan?: number;
  noWrap?: boolean;
  /** Makes the node a target of the table of contents and, with `outline`, of the PDF bookmarks. */
  id?: string;
  tocItem?: boolean;
  tocStyle?: string | string[];
  tocMargin?: PdfMargin;
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
  outlineExpanded?: boolean;
  headlineLevel?: number;
  /** An external link (a website, a mailto: address). */
  link?: string;
};

export type PdfInline = string | (Node & { text: PdfInline | PdfInline[] });

export type PdfTable = {
  widths: Array<number | '*' | 'auto'>;
  body: PdfContent[][];
  headerRows?: number;
  dontBreakRows?: boolean;
  keepWithHeaderRows?: number;
};

export type PdfContent =
  | string
  | PdfContent[]
  | (Node & { text: PdfInline | PdfInline[] })
  | (Node & { stack: PdfContent[] })
  | (Node & { ul: PdfContent[]; type?: 'disc' | 'circle' | 'square' | 'none' })
  | (Node & { table: PdfTable; layout?: string })
  | (Node & { columns: Array<PdfContent & { width?: number | '*' | 'auto' }>; columnGap?: number })
  | (Node & { toc: { title: PdfContent; textStyle?: string; numberStyle?: string } });

export type PdfPageFunction = (currentPage: number, pageCount: number) => PdfContent;

export type PdfDocumentDefinition = {
  info: { title: string; author: string; subject: string; keywords?: string; creator: string; producer?: string };
  language: string;
  pageSize: 'A4';
  /** Portrait unless said: a wide table (the audit log's) is laid out on landscape pages. */
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins: PdfMargin;
  defaultStyle: PdfStyle;
  styles: Record<string, PdfStyle>;
  header?: PdfPageFunction;
  footer?: PdfPageFunction;
  content: PdfContent[];
};
