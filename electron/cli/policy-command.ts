// `ropa policy`: the privacy policy written as HTML, Markdown or PDF (the format from --out's extension), what
// changed since the last published version (--diff-from-published), or the next version published (--publish).
// The policy is public: while the register checks find an unaccepted error in what it publishes, nothing is written,
// the findings go to standard error as `ropa check` prints them, and the exit code is 4 (--ignore-checks writes anyway).
import path from 'node:path';
import type { Finding } from '../../shared/checks/findings.ts';
import type { PolicyChanges } from '../../shared/policy/changes.ts';
import { TRANSFER_REFERENCE } from '../../shared/reference/transfer-reference.ts';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../../shared/report/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { policyFormatOf } from '../main/backend/policy/policy-export.ts';
import { EXIT_FINDINGS, humanReadable } from './check-command.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';

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
  if (modes !== 1) throw new CliFailure(`usage: ropa ${USAGE}`, 2);
  if (options['ignore-checks'] === true && options.out === undefined && options.publish !== true) {
    throw new CliFailure('--ignore-checks goes with --out or --publish: only writing or publishing the policy is held back by the checks', 2);
  }
  const language = options.lang ?? 'en';
  if (!isReportLanguage(language)) throw new CliFailure(`--lang ${language}: the policy is written in ${REPORT_LANGUAGES.join(', ')}`, 2);
  const registerPath = operands[0] as string;
  const organisation = options.organisation === undefined ? {} : { organisationId: options.organisation };
  if (options.out !== undefined) {
    const format = policyFormatOf(options.out);
    if (format === undefined) throw new CliFailure(`--out ${options.out}: the policy is written as .html, .md or .pdf`, 2);
    await openRegister(backend, registerPath, 'read');
    const ignoreChecks = options['ignore-checks'] === true;
    const exported = await call(backend, 'exportPolicy', { language, format, path: path.resolve(options.out), ignoreChecks, ...organisation });
    if ('cancelled' in exported) throw new CliFailure('the policy was not written');
    if ('blocked' in exported) {
      printBlocked(exported.blocked, language, `${options.out} was not written`, output);
      return EXIT_FINDINGS;
    }
    for (const warning of exported.warnings) output.stderr(`warning: ${warning.message}\n`);
    const warnings = exported.warnings.length > 0 ? `, ${counted(exported.warnings.length, 'warning')}` : '';
    output.stdout(`Wrote ${options.out}: privacy policy, language ${language}, ${format.toUpperCase()}${warnings}.\n`);
    return 0;
  }
  await openRegister(backend, registerPath, options.publish === true ? 'write' : 'read');
  if (options.publish === true) {
    const published = await call(backend, 'publishPolicy', { language, ignoreChecks: options['ignore-checks'] === true, ...organisation });
    if ('blocked' in published) {
      printBlocked(published.blocked, language, 'no version was published', output);
      return EXIT_FINDINGS;
    }
    output.stdout(
      `Published version ${published.version} of the privacy policy (register revision ${published.registerRevision}, ${published.publishedAt}).\n`,
    );
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
  output.stderr(
    `ropa: ${outcome}: the register checks found ${counted(findings.length, 'error')} in what the privacy policy publishes. ` +
      'Fix them in the register (or accept them in the app, with the reason), or pass --ignore-checks to go ahead anyway.\n',
  );
}

/** The changes as a person reads them in a terminal: the material ones first, then the text as a line diff. */
export function describeChanges(changes: PolicyChanges, language: ReportLanguage): string {
  if (changes.since === null) return 'No version of the privacy policy has been published yet: there is nothing to compare with.\n';
  const lines = [`Changes since version ${changes.since.version} (published ${changes.since.publishedAt}):`];
  if (changes.material.length === 0) lines.push('No material change.');
  else {
    lines.push('Material changes (to be announced before they take effect):');
    for (const change of changes.material) {
      const what =
        change.kind === 'retention'
          ? change.retention === 'longer'
            ? 'longer retention'
            : 'retention changed, check whether it is longer'
          : `new ${change.kind.replace('-', ' ')}`;
      lines.push(`  ${what}: ${change.text}`);
    }
  }
  if (changes.text.length === 0) lines.push(`The ${language} text is the same as published.`);
  else {
    lines.push(`Text (${language}):`);
    for (const part of changes.text) {
      if (part.kind === 'unchanged') continue;
      const mark = part.kind === 'added' ? '+' : '-';
      for (const line of part.lines) lines.push(`${mark} ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
