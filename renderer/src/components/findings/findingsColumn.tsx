// The "Checks" column of the activities and processors tables: each record's open findings as counts, sorted by how
// serious they are (errors first), filtered by "with errors", "with warnings", "notes only" or "no open findings".
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { RegisterColumn } from '../register-table/index.ts';
import type { FindingCounts } from './useRegisterCheck.ts';

type FindingFilter = 'error' | 'warning' | 'info' | 'none';

/** Errors outweigh any number of warnings, warnings any number of notes. */
export function findingWeight(counts: FindingCounts): number {
  return counts.error * 1_000_000 + counts.warning * 1_000 + counts.info;
}

function matches(counts: FindingCounts, filter: FindingFilter): boolean {
  switch (filter) {
    case 'error':
      return counts.error > 0;
    case 'warning':
      return counts.warning > 0;
    case 'info':
      return counts.error === 0 && counts.warning === 0 && counts.info > 0;
    case 'none':
      return counts.error + counts.warning + counts.info === 0;
  }
}

export function findingsColumn<Row extends { findings: FindingCounts }>(t: TFunction): RegisterColumn<Row> {
  const column = createColumnHelper<Row>();
  const filterFn: FilterFn<Row> = (row, _columnId, value) => value === undefined || matches(row.original.findings, value as FindingFilter);
  return column.accessor((row) => findingWeight(row.findings), {
    id: 'findings',
    meta: {
      label: t('findings:column'),
      width: 150,
      // "2 warnings +3" stays whole in a table narrowed by an editor (and by its column of row boxes).
      minWidth: 128,
      filter: { kind: 'select', options: (['error', 'warning', 'info', 'none'] as const).map((value) => ({ value, label: t(`findings:filter.${value}`) })) },
    },
    sortDescFirst: true,
    // A count is nothing to search for: the search box looks at the records' words.
    enableGlobalFilter: false,
    filterFn,
    cell: (info) => <FindingCountsCell counts={info.row.original.findings} t={t} />,
  }) as RegisterColumn<Row>;
}

/** The most serious count, and how many findings besides ("1 error +6"); every count in the title. */
function FindingCountsCell({ counts, t }: { counts: FindingCounts; t: TFunction }) {
  const present = (['error', 'warning', 'info'] as const).filter((severity) => counts[severity] > 0);
  const [first] = present;
  if (first === undefined) return <span className="muted">{t('findings:none')}</span>;
  const rest = present.slice(1).reduce((sum, severity) => sum + counts[severity], 0);
  return (
    <span className="finding-counts" title={present.map((severity) => t(`findings:count.${severity}`, { count: counts[severity] })).join(', ')}>
      <span className={`finding-count finding-count-${first}`}>{t(`findings:count.${first}`, { count: counts[first] })}</span>
      {rest > 0 && <span className="muted">+{rest}</span>}
    </span>
  );
}
