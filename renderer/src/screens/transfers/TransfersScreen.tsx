// The Transfers screen: every transfer of every activity in one table, grouped by destination (a country, named in
// the UI language with its EEA / adequacy / third-country status, or an international organisation). Each transfer
// shows its recipient, processor, transfer tool (flagged where the register checks find an error: no tool, an invalid
// one, a transfer through a processor nobody recorded), safeguards and the activity it belongs to; opening a row opens
// that activity on its transfers.
// Route: #/transfers.
//
// Transfers live inside whole activity records, which the summaries do not carry: the activities that have any
// (summary.transferCountries) are read with getActivity, a few at a time, and kept between visits (activityRecords.ts).
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Processor, ProcessingActivity, Transfer } from '../../../../shared/model/records.ts';
import { TRANSFER_MECHANISMS } from '../../../../shared/model/vocabulary.ts';
import { isEeaCountry, type CountryStatus } from '../../../../shared/reference/transfer-reference.ts';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { useFindingsByRecord, useRegisterCheck } from '../../components/findings/index.ts';
import { derivedTransfers } from '../../../../shared/checks/derived-transfers.ts';
import { registerView, processorLocations } from '../../../../shared/checks/register-view.ts';
import { goToRecordField } from '../../navigation/fieldFocus.ts';
import { useQuery } from '../../api/index.ts';
import { Badge, CellText, EmptyState, RegisterTable, transferStatus, type RegisterColumn, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { useActivityRecords } from './activityRecords.ts';
import './transfers.css';

/** What the register checks say is wrong with the transfer (an error): no tool, an invalid one, not recorded; or null. */
type Flag = Finding | null;

type DestinationRow = {
  kind: 'destination';
  id: string;
  country: string;
  status: CountryStatus | 'int';
  transfers: TransferRow[];
  flagged: number;
};

type TransferRow = {
  kind: 'transfer';
  id: string;
  country: string;
  status: CountryStatus | 'int';
  transfer: Transfer;
  activity: ProcessingActivity;
  reference: string | undefined;
  processor: Processor | undefined;
  flag: Flag;
  /** Not recorded for the activity: it follows from where this processor (reached through `chain`) keeps the data. */
  derived?: { processor: Processor; chain: readonly Processor[] };
};

type Row = DestinationRow | TransferRow;

const column = createColumnHelper<Row>();

const STATUS_TONE = { eea: 'good', adequacy: 'good', 'dpf-only': 'warn', 'third-country': 'bad', int: 'info' } as const;

export function TransfersScreen(_props: { id: string | null }) {
  const { t } = useTranslation(['transfers', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const summaries = useQuery('listActivities', {});
  const processors = useQuery('listProcessors', {});

  // The activities to read: those that record transfers, and those whose processors (or their sub-processors) keep
  // data outside the EEA, whose transfers follow from that.
  const abroad = useMemo(() => processorsReachingAbroad(processors.data ?? []), [processors.data]);
  const withTransfers = useMemo(
    () =>
      processors.data === undefined
        ? undefined
        : summaries.data?.filter((summary) => summary.transferCountries.length > 0 || summary.processorIds.some((processorId) => abroad.has(processorId))),
    [summaries.data, processors.data, abroad],
  );
  const records = useActivityRecords(info.id, withTransfers);
  const check = useRegisterCheck(undefined, { enabled: records.done });
  const findingsByRecord = useFindingsByRecord(check.data?.findings);

  const groups = useMemo<DestinationRow[]>(() => {
    const view = registerView({ organisations: [], processors: processors.data ?? [], activities: [] }, info.defaultLanguage, '');
    const references = new Map((summaries.data ?? []).map((summary) => [summary.id, summary.reference]));
    const byCountry = new Map<string, DestinationRow>();
    const add = (row: Omit<TransferRow, 'kind' | 'status' | 'reference'>) => {
      const status = transferStatus(row.country) ?? 'int';
      let group = byCountry.get(row.country);
      if (group === undefined) {
        group = { kind: 'destination', id: `destination:${row.country}`, country: row.country, status, transfers: [], flagged: 0 };
        byCountry.set(row.country, group);
      }
      if (row.flag !== null) group.flagged += 1;
      group.transfers.push({ ...row, kind: 'transfer', status, reference: references.get(row.activity.id) });
    };
    for (const activity of records.records) {
      // The errors the register checks find on this activity's transfers: a recorded one by its row, a derived one by
      // the processor and country it names.
      const errors = (findingsByRecord.get(activity.id) ?? []).filter((finding) => finding.severity === 'error' && finding.accepted === undefined);
      const errorAt = (index: number) => errors.find((finding) => finding.field?.startsWith(`transfers[${index}]`) === true) ?? null;
      (activity.transfers ?? []).forEach((transfer, index) => {
        const processor = transfer.processorId === undefined ? undefined : view.processorsById.get(transfer.processorId);
        add({ id: `${activity.id}:${index}`, country: transfer.country, transfer, activity, processor, flag: errorAt(index) });
      });
      for (const derived of derivedTransfers(activity, view)) {
        const mechanism = derived.tool;
        add({
          id: `${activity.id}:via:${derived.processor.id}:${derived.country}`,
          country: derived.country,
          transfer: { country: derived.country, processorId: derived.processor.id, ...(mechanism === undefined ? {} : { mechanism }) },
          activity,
          processor: derived.processor,
          flag: derived.adequate
            ? null
            : (errors.find(
                (finding) => finding.rule === 'transfer-via-subprocessor-unrecorded' && finding.key.endsWith(`|${derived.processor.id}:${derived.country}`),
              ) ?? null),
          derived: { processor: derived.processor, chain: derived.chain },
        });
      }
    }
    return [...byCountry.values()];
  }, [records.records, processors.data, summaries.data, info.defaultLanguage, findingsByRecord]);

  const transferCount = groups.reduce((sum, group) => sum + group.transfers.length, 0);

  const columns = useMemo<RegisterColumn<Row>[]>(() => {
    const text = (value: Parameters<typeof format.text>[0]) => format.text(value, info.defaultLanguage);
    const mechanismLabel = (row: TransferRow) =>
      row.transfer.mechanism === undefined ? t('mechanismNone') : t(`vocabulary:mechanism.${row.transfer.mechanism}`);
    const recipientOf = (row: TransferRow) => {
      if (row.derived !== undefined) {
        const via = row.derived.chain[0];
        return via === undefined ? text(row.derived.processor.name) : t('via', { processor: text(row.derived.processor.name), through: text(via.name) });
      }
      return row.transfer.recipient !== undefined ? text(row.transfer.recipient) : row.processor !== undefined ? text(row.processor.name) : undefined;
    };
    const statusLabel = (status: CountryStatus | 'int') => t(`status.${status}`);
    return [
      column.accessor((row) => format.country(row.country), {
        id: 'destination',
        meta: { label: t('column.destination'), width: 240, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => {
          const row = cell.row.original;
          if (row.kind === 'transfer') return <span className="transfer-leaf-destination">{cell.getValue()}</span>;
          return (
            <span className="transfer-destination">
              <strong title={cell.getValue()}>{cell.getValue()}</strong>
              <span className="transfer-destination-count">{t('group.transfers', { count: row.transfers.length })}</span>
            </span>
          );
        },
      }),
      column.accessor((row) => statusLabel(row.status), {
        id: 'status',
        meta: {
          label: t('column.status'),
          width: 130,
          filter: {
            kind: 'select',
            options: (['eea', 'adequacy', 'dpf-only', 'third-country', 'int'] as const).map((status) => ({
              value: statusLabel(status),
              label: statusLabel(status),
            })),
          },
        },
        cell: (cell) => {
          const row = cell.row.original;
          if (row.kind !== 'destination') return null;
          return (
            <Badge tone={STATUS_TONE[row.status]} title={t(`vocabulary:countryStatusLong.${row.status}`)}>
              {cell.getValue()}
            </Badge>
          );
        },
      }),
      column.accessor((row) => (row.kind === 'transfer' ? recipientOf(row) : undefined), {
        id: 'recipient',
        meta: { label: t('column.recipient'), width: 180, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => (cell.row.original.kind === 'transfer' ? <CellText value={cell.getValue()} /> : null),
      }),
      column.accessor((row) => (row.kind === 'transfer' && row.processor !== undefined ? text(row.processor.name) : undefined), {
        id: 'processor',
        meta: { label: t('column.processor'), width: 150, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => (cell.row.original.kind === 'transfer' ? <CellText value={cell.getValue()} /> : null),
      }),
      column.accessor((row) => (row.kind === 'transfer' ? mechanismLabel(row) : undefined), {
        id: 'mechanism',
        meta: {
          label: t('column.mechanism'),
          width: 250,
          filter: {
            kind: 'select',
            options: [
              ...TRANSFER_MECHANISMS.map((mechanism) => ({ value: t(`vocabulary:mechanism.${mechanism}`), label: t(`vocabulary:mechanism.${mechanism}`) })),
              { value: t('mechanismNone'), label: t('mechanismNone') },
            ],
          },
        },
        sortingFn: 'text',
        cell: (cell) => {
          const row = cell.row.original;
          if (row.kind !== 'transfer') return row.flagged > 0 ? <Badge tone="bad">{t('group.attention', { count: row.flagged })}</Badge> : null;
          if (row.flag !== null) {
            return (
              <Badge tone="bad" title={row.flag.message}>
                {t(`findings:short.${row.flag.rule}`, { defaultValue: t(`findings:rule.${row.flag.rule}`) })}
              </Badge>
            );
          }
          return <CellText value={cell.getValue()} />;
        },
      }),
      column.accessor(
        (row) =>
          row.kind !== 'transfer'
            ? undefined
            : row.derived !== undefined
              ? t('derived')
              : row.transfer.safeguards !== undefined
                ? text(row.transfer.safeguards)
                : undefined,
        {
          id: 'safeguards',
          meta: { label: t('column.safeguards'), width: 200, filter: { kind: 'text' } },
          sortingFn: 'text',
          cell: (cell) => {
            const row = cell.row.original;
            if (row.kind !== 'transfer') return null;
            return row.derived !== undefined ? <span className="transfer-derived">{cell.getValue()}</span> : <CellText value={cell.getValue()} />;
          },
        },
      ),
      column.accessor((row) => (row.kind === 'transfer' ? [row.reference ?? '', text(row.activity.name)].join(' ').trim() : undefined), {
        id: 'activity',
        meta: { label: t('column.activity'), width: 240, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => {
          const row = cell.row.original;
          if (row.kind !== 'transfer') return null;
          return (
            <span className="transfer-activity" title={cell.getValue()}>
              {row.reference !== undefined && <span className="mono">{row.reference}</span>} {text(row.activity.name)}
            </span>
          );
        },
      }),
    ];
    // format.* depend only on the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, format.language, info.defaultLanguage]);

  const loading = summaries.data === undefined || !records.done;
  const goToActivities = (
    <Button className="button" onPress={() => void navigate('activities', null)}>
      {t('goToActivities')}
    </Button>
  );

  return (
    <div className="screen">
      <ScreenHeader title={t('title')} subtitle={t('intro')} />
      {summaries.error !== undefined && (
        <p className="inline-error" role="alert">
          {t('common:loadFailed', { message: summaries.error.message })}
        </p>
      )}
      {withTransfers !== undefined && !records.done && (
        <p className="transfers-progress" role="status">
          {t('reading', { loaded: format.number(records.loaded), total: format.number(records.total) })}
          <progress max={records.total} value={records.loaded} aria-hidden="true" />
        </p>
      )}
      {records.failures > 0 && (
        <p className="inline-error" role="alert">
          {t('readFailed', { count: records.failures })}
        </p>
      )}
      <RegisterTable
        label={t('tableLabel')}
        data={groups}
        columns={columns}
        getRowId={(row) => row.id}
        getSubRows={(row) => (row.kind === 'destination' ? row.transfers : undefined)}
        onOpen={(row) => {
          if (row.kind === 'transfer') void goToRecordField('activity', row.activity.id, 'transfers');
        }}
        searchLabel={t('search')}
        initialSorting={[{ id: 'destination', desc: false }]}
        stateKey="transfers"
        loading={loading && groups.length === 0}
        countLabel={(_shown, _total, shownRows) => {
          const destinations = t('countDestinations', { count: groups.length });
          const shown = shownRows().filter((row) => row.kind === 'transfer').length;
          return shown === transferCount
            ? t('countLine', { transfers: t('countTransfers', { count: transferCount }), destinations })
            : t('countLineFiltered', { shown: format.number(shown), transfers: t('countTransfers', { count: transferCount }), destinations });
        }}
        rowLabel={(row) => (row.kind === 'destination' ? format.country(row.country) : undefined)}
        rowClassName={(row) =>
          row.kind === 'destination'
            ? 'transfer-group-row'
            : `${row.flag !== null ? 'transfer-row-flagged' : ''} ${row.derived !== undefined ? 'transfer-row-derived' : ''}`.trim() || undefined
        }
        emptyMessage={<EmptyState title={t('empty')} actions={goToActivities} />}
        noMatchesMessage={t('noMatches')}
      />
    </div>
  );
}

/** The processors that keep data outside the EEA, themselves or through a sub-processor below them (any depth). */
function processorsReachingAbroad(processors: readonly Processor[]): Set<string> {
  const byId = new Map(processors.map((processor) => [processor.id, processor]));
  const abroad = new Set<string>();
  for (const processor of processors) {
    if (!processorLocations(processor).some((country) => !isEeaCountry(country))) continue;
    // This one and every processor above it: an activity using any of them reaches it.
    const seen = new Set<string>();
    for (
      let current: Processor | undefined = processor;
      current !== undefined && !seen.has(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined
    ) {
      seen.add(current.id);
      abroad.add(current.id);
    }
  }
  return abroad;
}
