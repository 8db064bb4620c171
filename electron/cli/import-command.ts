// `ropa import <register.ropa> <file>`: into an empty register the file is read whole; into one that holds records
// (or with --dry-run) it is merged, previewed first (merge-command.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';
import { mergeFile, type MergeOptions } from './merge-command.ts';

export type ImportOptions = MergeOptions & { mapping?: string | undefined };

/** The mapping file's JSON (the backend checks its shape, naming the field at fault). */
function readMapping(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliFailure(t('import.badMapping', { file, reason: (error as Error).message }), 2);
  }
}

export async function importFile(backend: Backend, operands: string[], options: ImportOptions, output: Output): Promise<number> {
  expectOperands(operands, 2, 'import <register.ropa> <file> [--mapping mapping.json] [--dry-run] [--json] [--on-conflict fail|ours|theirs]');
  const [registerPath, filePath] = operands as [string, string];
  const mapping = readMapping(options.mapping);
  await openRegister(backend, registerPath);
  const info = await call(backend, 'registerInfo', {}, registerPath);
  const empty = info.counts.organisations + info.counts.processors + info.counts.activities === 0;
  if (options['dry-run'] === true || !empty) return mergeFile(backend, { filePath, options, mapping }, output);
  const summary = await call(backend, 'importRegister', { path: path.resolve(filePath), ...(mapping === undefined ? {} : { mapping }) }, filePath);
  for (const warning of summary.warnings ?? []) output.stderr(`${t('note', { message: warning })}\n`);
  // What the import brought with it: the register checks' errors and warnings, counted (listed by `ropa check`).
  const found = await call(backend, 'checkRegister', { completeness: false }, registerPath);
  const open = found.findings.filter((finding) => finding.accepted === undefined && finding.severity !== 'info');
  const errors = open.filter((finding) => finding.severity === 'error').length;
  const checks = open.length === 0 ? '' : `; ${t('import.checks', { errors: counted(errors, 'error'), warnings: counted(open.length - errors, 'warning') })}`;
  const activities = counted(summary.activities, 'activity');
  const [processors, organisations] = [counted(summary.processors, 'processor'), counted(summary.organisations, 'organisation')];
  output.stdout(`${t('import.done', { activities, processors, organisations, register: registerPath, checks })}\n`);
  return 0;
}
