/** The languages the register report (and later the privacy policy) is written in. */
export const REPORT_LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(code: string): code is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(code);
}
