// What merging a file into the register would do, as a person reads it in a terminal: the counts, each record
// that would change with its fields, and the references that would dangle; in the language of the messages.
import { SEVERITIES } from '../../shared/checks/findings.ts';
import type { MergePreview } from '../../shared/ipc/contract.ts';
import type { FieldOutcome, RecordOutcome } from '../../shared/merge/merge-plan.ts';
import { canonical } from '../../shared/merge/values.ts';
import { counted } from './cli-support.ts';
import { t } from './i18n.ts';

const shown = (value: unknown) => (value === undefined ? t('preview.none') : typeof value === 'string' ? value : canonical(value));

const RECORD_OUTCOMES = ['new', 'changed', 'conflict', 'delete-conflict', 'removed', 'unchanged'] as const satisfies readonly RecordOutcome[];
const FIELD_OUTCOMES = ['ours', 'theirs', 'same', 'merged', 'conflict'] as const satisfies readonly FieldOutcome[];

const recordOutcome = (outcome: RecordOutcome) => t(`preview.outcome.${outcome === 'delete-conflict' ? 'deleteConflict' : outcome}`);
const fieldOutcome = (outcome: FieldOutcome) => t(`preview.fieldOutcome.${outcome}`);
const longest = (labels: readonly string[]) => Math.max(...labels.map((label) => label.length));

export function describeMergePreview(preview: MergePreview, dryRun = true): string {
  const { counts } = preview;
  // The first column lines up, whatever the language's words for the outcomes.
  const width = longest([...RECORD_OUTCOMES.map(recordOutcome), t('preview.dangling'), t('preview.note')]);
  const fieldWidth = longest(FIELD_OUTCOMES.map(fieldOutcome)) + 1;
  const severityWidth = longest(SEVERITIES.map((severity) => t(`severity.${severity}`)));
  const lines = [
    `${preview.fileName} (sha256 ${preview.sha256})`,
    preview.threeWay ? t('preview.threeWay', { revision: preview.baseRevision ?? 0 }) : t('preview.twoWay'),
    t('preview.counts', {
      new: counted(counts.new, 'newRecord'),
      changed: counts.changed,
      conflicts: counted(counts.conflict + counts['delete-conflict'], 'conflict'),
      removed: counts.removed,
      unchanged: counts.unchanged,
    }),
  ];
  for (const record of preview.records) {
    lines.push(`${recordOutcome(record.outcome).padEnd(width)} ${t(`recordType.${record.type}`)} ${record.id} ${t('preview.quoted', { text: record.name })}`);
    for (const field of record.fields) {
      if (field.outcome === 'same') continue;
      const detail =
        field.outcome === 'conflict' ? t('preview.conflict', { ours: shown(field.ours), theirs: shown(field.theirs) }) : `→ ${shown(field.merged)}`;
      lines.push(`  ${fieldOutcome(field.outcome).padEnd(fieldWidth)} ${field.field}: ${detail}`);
    }
  }
  for (const reference of preview.dangling) {
    const type = t(`recordType.${reference.type}`);
    lines.push(`${t('preview.dangling').padEnd(width)} ${t('preview.danglingReference', { ...reference, type })}`);
  }
  for (const warning of preview.warnings) lines.push(`${t('preview.note').padEnd(width)} ${warning}`);
  if (preview.newFindingCount > 0) {
    lines.push(t('preview.newFindings', { count: preview.newFindingCount }));
    for (const finding of preview.newFindings)
      lines.push(`  ${t(`severity.${finding.severity}`).padEnd(severityWidth)} ${finding.record.name}: ${finding.message}`);
    if (preview.newFindingCount > preview.newFindings.length)
      lines.push(`  ${t('preview.more', { number: preview.newFindingCount - preview.newFindings.length })}`);
  }
  if (dryRun) lines.push(t('preview.dryRun'));
  return `${lines.join('\n')}\n`;
}
