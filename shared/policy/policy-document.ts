// The privacy policy as a small document model: numbered sections of paragraphs, lists and tables. The HTML,
// Markdown and PDF renderers and the app's preview all read this one model, so the four never disagree.
import type { ReportLanguage } from '../report/languages.ts';
import type { ReportWarning } from '../report/report-input.ts';

/** A run of text, or a link (an email address or a website). */
export type PolicyInline = string | { text: string; href: string };

/** A table cell: one line, or several (e.g. a list of data categories). */
export type PolicyCell = string | string[];

export type PolicyBlock =
  | { kind: 'paragraph'; text: PolicyInline[] }
  | { kind: 'list'; items: PolicyInline[][] }
  | { kind: 'table'; header: string[]; rows: PolicyCell[][] }
  | { kind: 'subheading'; text: string };

export type PolicySectionId =
  'controller' | 'data' | 'purposes' | 'recipients' | 'transfers' | 'retention' | 'rights' | 'requirement' | 'automated' | 'security' | 'changes';

/** A section the register has something to say in; `number` counts only the sections printed. */
export type PolicySection = { id: PolicySectionId; number: number; title: string; blocks: PolicyBlock[] };

export type PolicyWarning = ReportWarning;

export type PrivacyPolicy = {
  language: ReportLanguage;
  organisation: string;
  title: string;
  subtitle: string;
  /** "Version 3, published on …" or "Prepared on …". */
  versionLine: string;
  intro: string;
  contentsTitle: string;
  sections: PolicySection[];
  warnings: PolicyWarning[];
};

/** The plain text of inline runs (a link's text, without its address). */
export function plainText(inlines: readonly PolicyInline[]): string {
  return inlines.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
}
