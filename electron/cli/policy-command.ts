// `ropa policy`: the privacy policy written as HTML, Markdown or PDF (the format from --out's extension), what
// changed since the last published version (--diff-from-published), or the next version published (--publish).
// The policy is public: while the register checks find an unaccepted error in what it publishes, nothing is written,
// the findings go to standard error as `ropa check` prints them, and the exit code is 4 (--ignore-checks writes anyway).
import path from 'node:path';
import type { Finding } from '../../shared/checks/findings.ts';
import type { PolicyChanges } from '../../shared/policy/changes.ts';
import type { MaterialChange } from '../../shared/policy/policy-facts.ts';
import { TRANSFER_REFERENCE } from '../../shared/reference/transfer-reference.ts';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../../shared/report/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { policyFormatOf } from '../main/backend/policy/policy-export.ts';
import { EXIT_FINDINGS, humanReadable } from './check-command.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

type PolicyOptions = {
  out?: string | undefined;
  lang?: string | undefined;
  organisation?: string | undefined;
  'diff-from-published'?: boolean | undefined;
  publish?: boolean | undefined;
  'ignore-checks'?: boolean | undefined;
};

const USAGE =
  'policy <register.ropa> (--out <file.html|.md|.pdf> [--ignore-checks] | --diff-from-published | --publish [--ignore-checks]) [--lang en|uk|bg|sl] [--organisation ID]';

export async function policy(backend: Backend, operands: string[], options: PolicyOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, USAGE);
  const modes = [options.out !== undefined, options['diff-from-published'] === true, options.publish === true].filter(Boolean).length;
  if (modes !== 1) throw new CliFailure(t('commandLine.usage', { usage: USAGE }), 2);
  if (options['ignore-checks'] === true && options.out === undefined && options.publish !== true) {
    throw new CliFailure(t('policy.ignoreChecksAlone'), 2);
  }
  const language = options.lang ?? 'en';
  if (!isReportLanguage(language)) throw new CliFailure(t('policy.badLanguage', { language, languages: REPORT_LANGUAGES.join(', ') }), 2);
  const registerPath = operands[0] as string;
  const organisation = options.organisation === undefined ? {} : { organisationId: options.organisation };
  if (options.out !== undefined) {
    const format = policyFormatOf(options.out);
    if (format === undefined) throw new CliFailure(t('policy.badFormat', { file: options.out }), 2);
    await openRegister(backend, registerPath, 'read');
    const ignoreChecks = options['ignore-checks'] === true;
    const exported = await call(backend, 'exportPolicy', { language, format, path: path.resolve(options.out), ignoreChecks, ...organisation });
    if ('cancelled' in exported) throw new CliFailure(t('policy.notWritten'));
    if ('blocked' in exported) {
      printBlocked(exported.blocked, language, t('policy.fileNotWritten', { file: options.out }), output);
      return EXIT_FINDINGS;
    }
    for (const warning of exported.warnings) output.stderr(`${t('warning', { message: warning.message })}\n`);
    const warnings = exported.warnings.length > 0 ? `, ${counted(exported.warnings.length, 'warning')}` : '';
    output.stdout(`${t('policy.written', { file: options.out, language, format: format.toUpperCase(), warnings })}\n`);
    return 0;
  }
  await openRegister(backend, registerPath, options.publish === true ? 'write' : 'read');
  if (options.publish === true) {
    const published = await call(backend, 'publishPolicy', { language, ignoreChecks: options['ignore-checks'] === true, ...organisation });
    if ('blocked' in published) {
      printBlocked(published.blocked, language, t('policy.notPublished'), output);
      return EXIT_FINDINGS;
    }
    const { version, registerRevision: revision, publishedAt: at } = published;
    output.stdout(`${t('policy.published', { version, revision, at })}\n`);
    return 0;
  }
  const { changes } = await call(backend, 'previewPolicy', { language, ...organisation });
  output.stdout(describeChanges(changes, language));
  return 0;
}

/** Why nothing was written or published (`outcome`): the findings as `ropa check` prints them, then what to do. */
function printBlocked(findings: readonly Finding[], language: ReportLanguage, outcome: string, output: Output): void {
  const asOf = findings.find((finding) => finding.asOf !== undefined)?.asOf ?? TRANSFER_REFERENCE.asOf;
  output.stderr(humanReadable(findings, language, asOf));
  output.stderr(`ropa: ${t('policy.blocked', { outcome, count: findings.length })}\n`);
}

/** The changes as a person reads them in a terminal: the material ones first, then the text as a line diff. */
export function describeChanges(changes: PolicyChanges, language: ReportLanguage): string {
  if (changes.since === null) return `${t('policy.neverPublished')}\n`;
  const lines = [t('policy.changesSince', { version: changes.since.version, at: changes.since.publishedAt })];
  if (changes.material.length === 0) lines.push(t('policy.noMaterialChange'));
  else {
    lines.push(t('policy.materialChanges'));
    for (const change of changes.material) lines.push(`  ${t(`policy.change.${materialChangeKey(change)}`)}: ${change.text}`);
  }
  if (changes.text.length === 0) lines.push(t('policy.textSame', { language }));
  else {
    lines.push(t('policy.text', { language }));
    for (const part of changes.text) {
      if (part.kind === 'unchanged') continue;
      const mark = part.kind === 'added' ? '+' : '-';
      for (const line of part.lines) lines.push(`${mark} ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The catalogue's name for a material change (policy.change.*). */
function materialChangeKey(change: MaterialChange) {
  if (change.kind === 'retention') return change.retention === 'longer' ? 'retentionLonger' : 'retentionChanged';
  return change.kind === 'data-category' ? 'dataCategory' : change.kind;
}
