import type { ExchangeDocument } from '../exchange/read.ts';
import type { ReportLanguage } from '../report/languages.ts';

/** What the privacy policy is made from: the register's content and the version being shown. */
export type PolicyInput = {
  register: ExchangeDocument;
  language: ReportLanguage;
  /** Which organisation's policy; may be omitted when the register has one. */
  organisationId?: string;
  /** When it is made (a clock the caller controls, for repeatable tests). */
  generatedAt: Date;
  /** The published version this text is, if it is one. */
  published?: { version: number; publishedAt: string };
};
