// `ropa import` into a register that holds records: the merge, previewed first. With conflicts and the default
// `--on-conflict fail` it writes nothing, lists them and exits 3; `ours` or `theirs` resolves them all that way.
import path from 'node:path';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, type Output } from './cli-support.ts';
import { t } from './i18n.ts';
import { describeMergePreview } from './merge-preview.ts';

export type MergeOptions = { 'dry-run'?: boolean | undefined; json?: boolean | undefined; 'on-conflict'?: string | undefined };

const ON_CONFLICT = ['fail', 'ours', 'theirs'] as const;

export async function mergeFile(backend: Backend, file: { filePath: string; options: MergeOptions; mapping?: unknown }, output: Output): Promise<number> {
  const { filePath, options } = file;
  const onConflict = options['on-conflict'] ?? 'fail';
  if (!(ON_CONFLICT as readonly string[]).includes(onConflict)) throw new CliFailure(t('merge.badOnConflict', { value: onConflict }), 2);
  const source = { path: path.resolve(filePath), ...(file.mapping === undefined ? {} : { mapping: file.mapping }) };
  const preview = await call(backend, 'previewMerge', source, filePath);
  if ('cancelled' in preview) return 1; // only a desktop dialog can be cancelled
  const report = options.json === true ? `${JSON.stringify(preview, null, 2)}\n` : describeMergePreview(preview, options['dry-run'] === true);
  if (options['dry-run'] === true) {
    output.stdout(report);
    return 0;
  }
  const conflicts = preview.counts.conflict + preview.counts['delete-conflict'];
  if (conflicts > 0 && onConflict === 'fail') {
    output.stdout(report);
    output.stderr(`ropa: ${t('merge.conflicts', { file: filePath, count: conflicts })}\n`);
    return 3;
  }
  const applied = await call(
    backend,
    'applyMerge',
    { ...source, sha256: preview.sha256, resolutions: onConflict === 'fail' ? {} : { all: onConflict } },
    filePath,
  );
  if (options.json === true) output.stdout(`${JSON.stringify(applied, null, 2)}\n`);
  else {
    output.stdout(report);
    const { created, updated, deleted, backupPath: backup } = applied;
    output.stdout(`${backup === null ? t('merge.nothing') : t('merge.merged', { created, updated, deleted, backup })}\n`);
  }
  return 0;
}
