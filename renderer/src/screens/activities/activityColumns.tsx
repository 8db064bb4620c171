// The columns of the activities table: what each shows, how it filters and sorts (see RegisterTable).
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ActivitySummary } from '../../api/index.ts';
import { Badge, CellText, type RegisterColumn } from '../../components/index.ts';
import { findingsColumn } from '../../components/findings/findingsColumn.tsx';
import type { FindingCounts } from '../../components/findings/index.ts';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES } from '../../../../shared/model/vocabulary.ts';
import type { useFormat } from '../../i18n/format.ts';

/** A row of the table: the activity's summary and the counts of its open findings. */
export type ActivityRow = ActivitySummary & { findings: FindingCounts };

const column = createColumnHelper<ActivityRow>();

type Format = ReturnType<typeof useFormat>;

export type ReviewState = 'due' | 'scheduled' | 'none';

export function reviewState(nextReviewOn: string | null, status: string, today: string): ReviewState {
  if (nextReviewOn === null) return 'none';
  return nextReviewOn <= today && status !== 'retired' ? 'due' : 'scheduled';
}

export function activityColumns(options: {
  t: TFunction;
  format: Format;
  defaultLanguage: string;
  organisationName: (id: string) => string;
  organisationNames: string[];
  today: string;
}): RegisterColumn<ActivityRow>[] {
  const { t, format, defaultLanguage, today } = options;
  // The words of the closed lists, looked up once here rather than once per row (10,000 rows, at every data load).
  const labels = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((key) => [key, t(`vocabulary:${prefix}.${String(key)}`)])) as Record<K, string>;
  const roleLabel = labels(ACTIVITY_ROLES, 'role');
  const statusLabel = labels(ACTIVITY_STATUSES, 'status');
  const legalBasisLabel = labels(LEGAL_BASES, 'legalBasis');
  const dueLabel = t('activities:review.due');
  const reviewFilter: FilterFn<ActivityRow> = (row, _columnId, value) =>
    value === undefined || reviewState(row.original.nextReviewOn, row.original.status, today) === value;
  const statusTone = { draft: 'warn', active: 'good', retired: 'muted' } as const;
  return [
    column.accessor('reference', {
      id: 'reference',
      meta: { label: t('activities:column.reference'), width: 112, minWidth: 110, filter: { kind: 'text' } },
      cell: (info) => <span className="mono">{info.getValue()}</span>,
    }),
    column.accessor((row) => format.text(row.name, defaultLanguage), {
      id: 'name',
      meta: { label: t('activities:column.name'), width: 260, minWidth: 140, filter: { kind: 'text' } },
      cell: (info) => <CellText value={info.getValue()} />,
    }),
    column.accessor((row) => roleLabel[row.role], {
      id: 'role',
      meta: {
        label: t('activities:column.role'),
        width: 120,
        filter: { kind: 'select', options: ACTIVITY_ROLES.map((role) => ({ value: roleLabel[role], label: roleLabel[role] })) },
      },
    }),
    column.accessor((row) => options.organisationName(row.organisationId), {
      id: 'organisation',
      meta: {
        label: t('activities:column.organisation'),
        width: 170,
        filter:
          options.organisationNames.length > 1
            ? { kind: 'select', options: options.organisationNames.map((name) => ({ value: name, label: name })) }
            : { kind: 'text' },
      },
      cell: (info) => <CellText value={info.getValue()} />,
    }),
    column.accessor((row) => row.legalBases.map((basis) => legalBasisLabel[basis]), {
      id: 'legalBases',
      meta: {
        label: t('activities:column.legalBases'),
        width: 180,
        filter: {
          kind: 'select',
          options: LEGAL_BASES.map((basis) => ({ value: legalBasisLabel[basis], label: legalBasisLabel[basis] })),
        },
      },
      cell: (info) => <CellText value={info.getValue().join(', ')} />,
    }),
    column.accessor((row) => row.owner ?? undefined, {
      id: 'owner',
      meta: { label: t('activities:column.owner'), width: 130, filter: { kind: 'text' } },
      cell: (info) => <CellText value={info.getValue()} />,
    }),
    column.accessor((row) => statusLabel[row.status], {
      id: 'status',
      meta: {
        label: t('activities:column.status'),
        // Room for the longest status in the interface's languages ("Прекратена", "Припинена") in its badge.
        width: 112,
        minWidth: 104,
        filter: { kind: 'select', options: ACTIVITY_STATUSES.map((status) => ({ value: statusLabel[status], label: statusLabel[status] })) },
      },
      cell: (info) => <Badge tone={statusTone[info.row.original.status]}>{info.getValue()}</Badge>,
    }),
    column.accessor((row) => row.nextReviewOn ?? undefined, {
      id: 'nextReview',
      meta: {
        label: t('activities:column.nextReview'),
        // Room for the longest date written in full ("30 September 2027").
        width: 150,
        minWidth: 112,
        filter: {
          kind: 'select',
          options: (['due', 'scheduled', 'none'] as const).map((state) => ({ value: state, label: t(`activities:review.${state}`) })),
        },
      },
      filterFn: reviewFilter,
      cell: (info) => {
        const value = info.getValue();
        if (value === undefined) return <CellText value={undefined} />;
        const due = reviewState(value, info.row.original.status, today) === 'due';
        return (
          <span className={due ? 'review-due' : undefined} title={due ? dueLabel : undefined}>
            {format.date(value)}
            {due && <span className="visually-hidden"> ({dueLabel})</span>}
          </span>
        );
      },
    }),
    findingsColumn<ActivityRow>(t),
    column.accessor((row) => row.transferCountries.map((code) => format.country(code)), {
      id: 'transfers',
      meta: { label: t('activities:column.transfers'), width: 160, filter: { kind: 'text' } },
      cell: (info) => <CellText value={info.getValue().join(', ')} />,
    }),
    column.accessor('updatedAt', {
      id: 'updated',
      meta: { label: t('activities:column.updated'), width: 190 },
      enableColumnFilter: false,
      cell: (info) => format.dateTime(info.getValue()),
    }),
  ];
}
