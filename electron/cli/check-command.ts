// `ropa check`: the register checks on the command line. Human-readable by default (each finding on a few lines:
// severity and where, the message, what to do, the legal reference), `--json` for the findings as data. The exit code
// says whether the register has an error no one has accepted: 0 none, 4 at least one.
import { findingFormat } from '../../shared/checks/check-register.ts';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from '../../shared/checks/findings.ts';
import { findingCatalogue, type FindingCatalogue } from '../../shared/checks/messages/index.ts';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../../shared/report/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { messageLanguage, t } from './i18n.ts';

export type CheckOptions = { json?: boolean | undefined; lang?: string | undefined; 'min-severity'?: string | undefined; organisation?: string | undefined };

const USAGE = 'check <register.ropa> [--json] [--lang en|uk|bg|sl] [--min-severity error|warning|info] [--organisation ID]';

/** The exit code of a register with an error-severity finding that no one accepted. */
export const EXIT_FINDINGS = 4;

export async function check(backend: Backend, operands: string[], options: CheckOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, USAGE);
  // Without --lang, findings for a person in the language of the messages; for a script (--json), always English.
  const language = options.lang ?? (options.json === true ? 'en' : messageLanguage());
  if (!isReportLanguage(language)) throw new CliFailure(t('check.badLanguage', { language, languages: REPORT_LANGUAGES.join(', ') }), 2);
  const minimum = options['min-severity'] ?? 'info';
  if (!(SEVERITIES as readonly string[]).includes(minimum))
    throw new CliFailure(t('check.badSeverity', { severity: minimum, severities: SEVERITIES.join(', ') }), 2);
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  const result = await call(
    backend,
    'checkRegister',
    { language, completeness: false, ...(options.organisation === undefined ? {} : { organisationId: options.organisation }) },
    registerPath,
  );
  const shown = result.findings.filter((finding) => SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[minimum as Severity]);
  if (options.json === true) writeJson(shown, output);
  else output.stdout(humanReadable(shown, language, result.asOf));
  const failing = result.findings.some((finding) => finding.severity === 'error' && finding.accepted === undefined);
  return failing ? EXIT_FINDINGS : 0;
}

/**
 * One finding per line: a JSON array that a script reads whole and a person can still grep. Written in pieces, so that
 * the findings of a large register are never one string of many megabytes.
 */
function writeJson(findings: readonly Finding[], output: Output): void {
  const piece = 500;
  output.stdout('[\n');
  for (let start = 0; start < findings.length; start += piece) {
    const lines = findings.slice(start, start + piece).map((finding) => JSON.stringify(finding));
    output.stdout(`${lines.join(',\n')}${start + piece < findings.length ? ',' : ''}\n`);
  }
  output.stdout(']\n');
}

/** The findings as `ropa check` prints them, with the counts on the last line; the policy's refusal prints the same. */
export function humanReadable(findings: readonly Finding[], language: ReportLanguage, asOf: string): string {
  const catalogue = findingCatalogue(language);
  const format = findingFormat(language, catalogue);
  const lines = findings.map((finding) => describe(finding, catalogue, format.date(asOf), format.date));
  return [...lines, summary(findings, catalogue)].join('\n');
}

function describe(finding: Finding, catalogue: FindingCatalogue, asOf: string, date: (iso: string) => string): string {
  const { record } = finding;
  const where = [record.reference, catalogue.quote(record.name)].filter((part) => part !== undefined).join(' ');
  const head = [catalogue.severity[finding.severity].toLocaleUpperCase(), `${finding.rule}`, where, finding.field]
    .filter((part) => part !== undefined)
    .join(' · ');
  const lines = [
    head,
    `  ${finding.message}`,
    `  → ${finding.hint}`,
    `  ${[finding.source, finding.asOf === undefined ? undefined : catalogue.referenceDate(asOf)].filter(Boolean).join(' · ')}`,
  ];
  if (finding.accepted !== undefined) lines.push(`  ✓ ${catalogue.accepted(finding.accepted.by, date(finding.accepted.at), finding.accepted.reason)}`);
  if (finding.lapsedAcceptance !== undefined)
    lines.push(`  ! ${catalogue.lapsed(finding.lapsedAcceptance.by, date(finding.lapsedAcceptance.at), finding.lapsedAcceptance.reason)}`);
  return `${lines.join('\n')}\n`;
}

function summary(findings: readonly Finding[], catalogue: FindingCatalogue): string {
  const counts = SEVERITIES.map((severity) => `${catalogue.severity[severity]}: ${findings.filter((finding) => finding.severity === severity).length}`);
  const accepted = findings.filter((finding) => finding.accepted !== undefined).length;
  return `${counts.join(' · ')}${accepted > 0 ? ` · ✓ ${accepted}` : ''}\n`;
}

/**
 * The errors and warnings of the register (of one organisation) on standard error, one line each, with the rule to
 * look up in `ropa check`: what a document made from it stands on. Worded in the language of the messages. Returns a
 * note for the command's summary line.
 */
export async function printFindings(backend: Backend, organisationId: string | undefined, output: Output): Promise<string> {
  const organisation = organisationId === undefined ? {} : { organisationId };
  const result = await call(backend, 'checkRegister', { language: messageLanguage(), completeness: false, ...organisation });
  const serious = result.findings.filter((finding) => finding.severity !== 'info');
  for (const finding of serious) {
    const where = [finding.record.reference, t('quoted', { text: finding.record.name })].filter((part) => part !== undefined).join(' ');
    const accepted = finding.accepted === undefined ? '' : ` (${t('check.acceptedBy', { by: finding.accepted.by, reason: finding.accepted.reason })})`;
    output.stderr(`${t(`severity.${finding.severity}`)}: ${where}: ${finding.message}${accepted} [${finding.rule}]\n`);
  }
  const open = serious.filter((finding) => finding.accepted === undefined);
  const errors = open.filter((finding) => finding.severity === 'error').length;
  return open.length === 0 ? '' : `; ${t('check.found', { errors: counted(errors, 'error'), warnings: counted(open.length - errors, 'warning') })}`;
}
