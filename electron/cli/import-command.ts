// `ropa import <register.ropa> <file>`: into an empty register the file is read whole; into one that holds records
// (or with --dry-run) it is merged, previewed first (merge-command.ts).
import path from 'node:path';
import type { Backend } from '../main/backend/backend.ts';
import { call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { mergeFile, type MergeOptions } from './merge-command.ts';

export async function importFile(backend: Backend, operands: string[], options: MergeOptions, output: Output): Promise<number> {
  expectOperands(operands, 2, 'import <register.ropa> <file.ropa.json> [--dry-run] [--json] [--on-conflict fail|ours|theirs]');
  const [registerPath, filePath] = operands as [string, string];
  await openRegister(backend, registerPath);
  const info = await call(backend, 'registerInfo', {}, registerPath);
  const empty = info.counts.organisations + info.counts.processors + info.counts.activities === 0;
  if (options['dry-run'] === true || !empty) return mergeFile(backend, { filePath, options }, output);
  const summary = await call(backend, 'importRegister', { path: path.resolve(filePath) }, filePath);
  output.stdout(
    `Imported ${counted(summary.activities, 'activity', 'activities')}, ${counted(summary.processors, 'processor')} and ${counted(summary.organisations, 'organisation')} into ${registerPath}.\n`,
  );
  return 0;
}
