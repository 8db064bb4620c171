// `ropa report <register.ropa> --out <file.pdf>`: the register report (Art. 30(4)) as a PDF. Texts printed in another
// language and the register checks' errors and warnings go to standard error; the exit code is still 0.
import path from 'node:path';
import { isReportLanguage, REPORT_LANGUAGES } from '../../shared/report/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { printFindings } from './check-command.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';
import { momentOf } from './moments.ts';

export type ReportOptions = {
  out?: string | undefined;
  lang?: string | undefined;
  organisation?: string | undefined;
  'include-drafts'?: boolean | undefined;
  'as-of'?: string | undefined;
};

const USAGE = 'report <register.ropa> --out <file.pdf> [--lang en|uk|bg|sl] [--organisation ID] [--include-drafts] [--as-of TIME]';

export async function report(backend: Backend, operands: string[], options: ReportOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, USAGE);
  if (options.out === undefined) throw new CliFailure(t('report.needsOut'), 2);
  const language = options.lang ?? 'en';
  if (!isReportLanguage(language)) throw new CliFailure(t('report.badLanguage', { language, languages: REPORT_LANGUAGES.join(', ') }), 2);
  const asOf = options['as-of'] === undefined ? undefined : momentOf('--as-of', options['as-of']);
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  const created = await call(backend, 'createReport', {
    ...(asOf === undefined ? {} : { asOf }),
    language,
    includeDrafts: options['include-drafts'] === true,
    path: path.resolve(options.out),
    ...(options.organisation === undefined ? {} : { organisationId: options.organisation }),
  });
  if ('cancelled' in created) throw new CliFailure(t('report.cancelled'));
  for (const warning of created.warnings) output.stderr(`${t('warning', { message: warning.message })}\n`);
  const findings = await printFindings(backend, options.organisation, output);
  const fallbacks = created.warnings.filter((warning) => warning.kind === 'fallback').length;
  const undrawable = created.warnings.filter((warning) => warning.kind === 'undrawable').length;
  const warnings = [
    ...(fallbacks > 0 ? [t('report.inAnotherLanguage', { count: fallbacks })] : []),
    ...(undrawable > 0 ? [t('report.undrawable', { count: undrawable })] : []),
  ].map((warning) => `, ${warning}`);
  const [pages, activities] = [counted(created.pages, 'page'), counted(created.activities, 'activity')];
  output.stdout(`${t('report.written', { file: options.out, pages, activities, language, warnings: warnings.join(''), findings })}\n`);
  return 0;
}
