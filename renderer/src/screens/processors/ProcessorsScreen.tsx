// The Processors screen: processors as a tree (sub-processors indented under the processor that engaged them, any
// depth; Right/Left expand and collapse), each row with its kind, country, data locations, contract status at a
// glance and how many activities use it. Opening a row shows the editor beside the tree; "Add sub-processor" starts a
// new processor under the open one. Rows can be selected for a bulk edit (bulk/ProcessorBulkActions.tsx), which a
// notice then offers to undo. Routes: #/processors, #/processors/<id>, #/processors/new.
//
// Which activities use a processor is not in the activity summaries, so the whole activity records are read (see
// ../transfers/activityRecords.ts): at once for a register of up to AUTO_READ_LIMIT activities, otherwise only when a
// processor is opened; the counts appear in every row once they are read.
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Processor } from '../../../../shared/model/records.ts';
import { PROCESSOR_KINDS } from '../../../../shared/model/vocabulary.ts';
import { useQuery } from '../../api/index.ts';
import { BulkEditNotice } from '../../components/bulk-edit/index.ts';
import { countFindings, useFindingsByRecord, useRegisterCheck } from '../../components/findings/index.ts';
import { findingsColumn } from '../../components/findings/findingsColumn.tsx';
import {
  Badge,
  CellText,
  CountryStatusBadge,
  EmptyState,
  RegisterTable,
  confirmDiscardChanges,
  type RegisterColumn,
  ScreenHeader,
} from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { useActivityRecords } from '../transfers/activityRecords.ts';
import { ProcessorEditorLoader, type ProcessorUsage } from './ProcessorEditor.tsx';
import { ProcessorBulkActions } from './bulk/ProcessorBulkActions.tsx';
import { activitiesByProcessor, buildProcessorTree, type ProcessorNode } from './processorTree.ts';
import './processors.css';

/** Up to this many activities, their records are read as soon as the screen opens, to count each processor's uses. */
const AUTO_READ_LIMIT = 300;

const column = createColumnHelper<ProcessorNode>();

type ContractState = 'signed' | 'recorded' | 'none' | 'not-required';

function contractState(processor: Processor): ContractState {
  if (processor.dpa === undefined) return (processor.kind ?? 'processor') === 'processor' ? 'none' : 'not-required';
  return processor.dpa.signedOn !== undefined ? 'signed' : 'recorded';
}

export function ProcessorsScreen({ id }: { id: string | null }) {
  const { t } = useTranslation(['processors', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const processors = useQuery('listProcessors', {});
  const summaries = useQuery('listActivities', {});
  const [newParent, setNewParent] = useState<string | null>(null);
  const check = useRegisterCheck(undefined, { enabled: processors.data !== undefined });
  const findingsByRecord = useFindingsByRecord(check.data?.findings);

  const selected = id !== null && id !== 'new' ? id : null;
  const [readWanted, setReadWanted] = useState(false);
  if (selected !== null && !readWanted) setReadWanted(true);
  const readEnabled = readWanted || (summaries.data !== undefined && summaries.data.length <= AUTO_READ_LIMIT);
  const records = useActivityRecords(info.id, summaries.data, readEnabled);
  const uses = useMemo(() => activitiesByProcessor(records.records), [records.records]);
  const usage: ProcessorUsage = { records, uses, summaries: summaries.data };

  const countsKnown = readEnabled && records.done;
  const counting = readEnabled && !records.done;
  // The counts are part of the rows (not looked up by a column), so the table sorts on what it shows.
  const tree = useMemo(
    () =>
      buildProcessorTree(
        processors.data ?? [],
        (processorId) => (countsKnown ? (uses.get(processorId)?.length ?? 0) : undefined),
        (processorId) => {
          const findings = findingsByRecord.get(processorId);
          return findings === undefined ? undefined : countFindings(findings);
        },
      ),
    [processors.data, uses, countsKnown, findingsByRecord],
  );

  const columns = useMemo<RegisterColumn<ProcessorNode>[]>(() => {
    const contractLabel = (processor: Processor) => {
      const state = contractState(processor);
      return state === 'signed'
        ? t('contract.signed', { date: format.date(processor.dpa?.signedOn) })
        : t(`contract.${state === 'not-required' ? 'notRequired' : state}`);
    };
    const contractTone = { signed: 'good', recorded: 'good', none: 'bad', 'not-required': 'muted' } as const;
    return [
      column.accessor((node) => format.text(node.processor.name, info.defaultLanguage), {
        id: 'name',
        meta: { label: t('column.name'), width: 250, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor((node) => t(`vocabulary:processorKind.${node.processor.kind ?? 'processor'}`), {
        id: 'kind',
        meta: {
          label: t('column.kind'),
          width: 140,
          filter: {
            kind: 'select',
            options: PROCESSOR_KINDS.map((kind) => ({ value: t(`vocabulary:processorKind.${kind}`), label: t(`vocabulary:processorKind.${kind}`) })),
          },
        },
      }),
      column.accessor((node) => (node.processor.country === undefined ? undefined : format.country(node.processor.country)), {
        id: 'country',
        meta: { label: t('column.country'), width: 190, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => {
          const code = cell.row.original.processor.country;
          if (code === undefined) return <Badge tone="warn">{t('countryUnknown')}</Badge>;
          return (
            <span className="processor-country">
              <span title={cell.getValue()}>{cell.getValue()}</span> <CountryStatusBadge code={code} />
            </span>
          );
        },
      }),
      column.accessor((node) => (node.processor.dataLocations ?? []).map((code) => format.country(code)), {
        id: 'dataLocations',
        meta: { label: t('column.dataLocations'), width: 170, filter: { kind: 'text' } },
        sortingFn: (a, b, columnId) => a.getValue<string[]>(columnId).join(', ').localeCompare(b.getValue<string[]>(columnId).join(', ')),
        cell: (cell) => <CellText value={cell.getValue().join(', ')} />,
      }),
      column.accessor((node) => contractLabel(node.processor), {
        id: 'contract',
        meta: {
          label: t('column.contract'),
          // Room for "Signed 30 September 2025": dates are written in full.
          width: 200,
          filter: {
            kind: 'select',
            options: (['signed', 'recorded', 'none'] as const).map((state) => ({ value: state, label: t(`contractFilter.${state}`) })),
          },
        },
        filterFn: (row, _columnId, value) => value === undefined || contractState(row.original.processor) === value,
        cell: (cell) => {
          const state = contractState(cell.row.original.processor);
          const reference = cell.row.original.processor.dpa?.reference;
          return (
            <Badge tone={contractTone[state]} {...(reference === undefined ? {} : { title: reference })}>
              {cell.getValue()}
            </Badge>
          );
        },
      }),
      findingsColumn<ProcessorNode>(t),
      column.accessor((node) => node.activities, {
        id: 'activities',
        meta: { label: t('column.activities'), width: 100, numeric: true },
        enableColumnFilter: false,
        cell: (cell) => {
          const value = cell.getValue();
          if (value !== undefined) return format.number(value);
          if (counting) return <span className="cell-empty">{t('activitiesReading')}</span>;
          return (
            <span className="cell-empty" title={t('activitiesUnknown')}>
              —
            </span>
          );
        },
      }),
    ];
    // format.* depend only on the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, format.language, info.defaultLanguage, counting]);

  const [bulkSelected, setBulkSelected] = useState<ReadonlySet<string>>(() => new Set());
  const revisions = useMemo(() => new Map((processors.data ?? []).map((processor) => [processor.id, processor.revision])), [processors.data]);
  const revisionOf = useCallback((processorId: string) => revisions.get(processorId), [revisions]);

  const startNew = async (parentId: string | null) => {
    if (id === 'new') {
      // Starting another new processor replaces the one being written: ask first when it has changes.
      if (!(await confirmDiscardChanges())) return;
      setNewParent(parentId);
      return;
    }
    setNewParent(parentId);
    await navigate('processors', 'new');
  };

  const actions = (
    <>
      <Button className="button button-primary" onPress={() => void startNew(null)}>
        {t('newProcessor')}
      </Button>
      <Button className="button" onPress={() => void startNew(selected)} isDisabled={selected === null}>
        {t('addSubProcessor')}
      </Button>
    </>
  );

  const total = processors.data?.length ?? 0;
  return (
    <div className={`screen screen-split processors-screen ${id === null ? '' : 'has-editor'}`}>
      <div className="split-table">
        <ScreenHeader title={t('title')} subtitle={t('intro')} />
        {processors.error !== undefined && (
          <p className="inline-error" role="alert">
            {t('common:loadFailed', { message: processors.error.message })}
          </p>
        )}
        <RegisterTable
          label={t('tableLabel')}
          data={tree}
          columns={columns}
          getRowId={(node) => node.processor.id}
          getSubRows={(node) => (node.children.length > 0 ? node.children : undefined)}
          onOpen={(node) => void navigate('processors', node.processor.id)}
          activeId={selected}
          searchLabel={t('search')}
          actions={info.readOnly ? undefined : actions}
          initialSorting={[{ id: 'name', desc: false }]}
          compactColumns={id === null ? undefined : ['name', 'contract', 'findings']}
          stateKey="processors"
          loading={processors.loading && processors.data === undefined}
          countLabel={(shown) => t('count', { shown: format.number(shown), total: format.number(total), count: total })}
          rowLabel={(node) => format.text(node.processor.name, info.defaultLanguage)}
          rowClassName={(node) => (contractState(node.processor) === 'none' ? 'processor-row-no-contract' : undefined)}
          emptyMessage={<EmptyState title={t('empty')} />}
          noMatchesMessage={t('noMatches')}
          selection={{ selected: bulkSelected, onChange: setBulkSelected, actions: <ProcessorBulkActions selected={bulkSelected} revisionOf={revisionOf} /> }}
        />
        <BulkEditNotice recordType="processor" />
      </div>
      {id !== null && (
        <div className="split-editor">
          <ProcessorEditorLoader
            key={id === 'new' ? `new:${newParent ?? ''}` : id}
            id={id}
            processors={processors.data}
            loading={processors.loading}
            parentId={id === 'new' ? newParent : null}
            usage={usage}
          />
        </div>
      )}
    </div>
  );
}
