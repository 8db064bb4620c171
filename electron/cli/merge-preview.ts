// What merging a file into the register would do, as a person reads it in a terminal: the counts, each record
// that would change with its fields, and the references that would dangle.
import type { MergePreview } from '../../shared/ipc/contract.ts';
import { canonical } from '../../shared/merge/values.ts';
import { counted } from './cli-support.ts';

const shown = (value: unknown) => (value === undefined ? '(none)' : typeof value === 'string' ? value : canonical(value));

export function describeMergePreview(preview: MergePreview, dryRun = true): string {
  const { counts } = preview;
  const lines = [
    `${preview.fileName} (sha256 ${preview.sha256})`,
    preview.threeWay
      ? `Three-way merge against this register's export at revision ${preview.baseRevision ?? 0}.`
      : 'Two-way merge: the file was not exported by this register (or its export is not kept), so every difference is a conflict.',
    `${counted(counts.new, 'new record')}, ${counts.changed} changed, ${counted(counts.conflict + counts['delete-conflict'], 'conflict')}, ${counts.removed} removed, ${counts.unchanged} unchanged.`,
  ];
  for (const record of preview.records) {
    lines.push(`${record.outcome.padEnd(15)} ${record.type} ${record.id} "${record.name}"`);
    for (const field of record.fields) {
      if (field.outcome === 'same') continue;
      const detail = field.outcome === 'conflict' ? `ours ${shown(field.ours)} | theirs ${shown(field.theirs)}` : `→ ${shown(field.merged)}`;
      lines.push(`  ${field.outcome.padEnd(9)} ${field.field}: ${detail}`);
    }
  }
  for (const reference of preview.dangling) {
    lines.push(`dangling        ${reference.type} ${reference.id} ${reference.field} names ${reference.missing}, which neither register holds`);
  }
  for (const warning of preview.warnings) lines.push(`note            ${warning}`);
  if (preview.newFindingCount > 0) {
    lines.push(`The merge would add ${counted(preview.newFindingCount, 'finding')} of the register checks (ropa check):`);
    for (const finding of preview.newFindings) lines.push(`  ${finding.severity.padEnd(7)} ${finding.record.name}: ${finding.message}`);
    if (preview.newFindingCount > preview.newFindings.length) lines.push(`  … and ${preview.newFindingCount - preview.newFindings.length} more`);
  }
  if (dryRun) lines.push('Nothing was written (--dry-run).');
  return `${lines.join('\n')}\n`;
}
