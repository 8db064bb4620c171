// The policy as a pdfmake document definition: the same bundled fonts and page as the register report, the
// contents with page numbers, and a footer the backend fills with "page X of Y".
import { REPORT_STYLES, PAGE } from '../../report/layout.ts';
import type { PdfContent, PdfDocumentDefinition, PdfInline } from '../../report/pdf-document.ts';
import type { PolicyBlock, PolicyCell, PolicyInline, PrivacyPolicy } from '../policy-document.ts';

function inline(run: PolicyInline): PdfInline {
  return typeof run === 'string' ? run : { text: run.text, link: run.href, color: '#164a97' };
}

function cell(value: PolicyCell): PdfContent {
  if (typeof value === 'string') return value;
  return value.length === 1 ? (value[0] ?? '') : { ul: value, margin: [0, 0, 0, 0] };
}

function block(content: PolicyBlock): PdfContent {
  switch (content.kind) {
    case 'paragraph':
      return { text: content.text.map(inline), margin: [0, 0, 0, 6] };
    case 'subheading':
      // A heading: the backend keeps it on the page of what it heads (shared/typesetting/keep-with-next.ts).
      return { text: content.text, bold: true, margin: [0, 6, 0, 4], headlineLevel: 2 };
    case 'list':
      return { ul: content.items.map((item) => ({ text: item.map(inline) })), margin: [0, 0, 0, 6] };
    case 'table':
      return {
        // The header row repeats on each page and never stands alone at a page's foot; a row is kept whole on one page.
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: content.header.map(() => '*'),
          body: [content.header.map((label) => ({ text: label, bold: true })), ...content.rows.map((row) => row.map(cell))],
        },
        layout: 'register',
        fontSize: 8.5,
        margin: [0, 2, 0, 8],
      };
  }
}

export function policyPdfDefinition(policy: PrivacyPolicy): Omit<PdfDocumentDefinition, 'footer'> {
  const content: PdfContent[] = [
    { text: policy.title, style: 'title' },
    { text: policy.subtitle, style: 'subtitle' },
    { text: policy.versionLine, margin: [0, 0, 0, 10], color: '#545d6e' },
    { text: policy.intro, margin: [0, 0, 0, 10] },
    { toc: { title: { text: policy.contentsTitle, style: 'part' } }, margin: [0, 0, 0, 10] },
    ...policy.sections.flatMap((section): PdfContent[] => [
      { text: `${section.number}. ${section.title}`, style: 'part', tocItem: true, id: section.id, outline: true, headlineLevel: 1 },
      ...section.blocks.map(block),
    ]),
  ];
  return {
    info: { title: `${policy.title} – ${policy.organisation}`, author: policy.organisation, subject: policy.subtitle, creator: 'RoPA Desk' },
    language: policy.language,
    ...PAGE,
    styles: REPORT_STYLES,
    content,
  };
}
