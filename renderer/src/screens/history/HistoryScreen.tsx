// The History screen: every entry of the register's audit log, newest first, filtered by record, type of record,
// person, kind of entry and days; each entry says who did what and why, and opens to its changes before and after.
// The filtered entries export as CSV or PDF. Route: #/history, #/history/<entryId> (that entry brought into view and
// opened), #/history?record=<id> (filtered to one record: the editors' "Open in History"; historyFilter.ts).
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AuditEntryList, deletedRecords, useAuditEntries, useCurrentRecords } from '../../components/history/index.ts';
import { EmptyState, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRoute } from '../../navigation/routing.ts';
import { HistoryExport } from './HistoryExport.tsx';
import { HistoryFilters } from './HistoryFilters.tsx';
import { auditFilterOf, filterFromQuery, isFiltered } from './historyFilter.ts';
import './history.css';

export function HistoryScreen({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const { query } = useRoute();
  // The filter the address starts with; another address (a link to the screen) starts it afresh.
  const [filter, setFilter] = useState(() => filterFromQuery(query));
  const [startedFrom, setStartedFrom] = useState(query);
  if (startedFrom !== query) {
    setStartedFrom(query);
    setFilter(filterFromQuery(query));
  }
  const auditFilter = useMemo(() => auditFilterOf(filter), [filter]);
  const filtered = isFiltered(filter);

  // The whole log names the people and the records since deleted the filters offer; unfiltered, it is what is shown.
  const whole = useAuditEntries({});
  const shown = useAuditEntries(auditFilter);
  const { records } = useCurrentRecords();
  const names = useMemo(() => ({ current: records, deleted: deletedRecords(whole.entries ?? [], records) }), [whole.entries, records]);
  const actors = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...new Set((whole.entries ?? []).map((entry) => entry.actor))].sort(collator.compare);
  }, [whole.entries, i18n.language]);

  const entries = shown.entries;
  const total = whole.entries?.length;
  const countText =
    entries === undefined
      ? t('loading')
      : filtered && total !== undefined
        ? t('countOf', { count: total, shown: format.number(entries.length), total: format.number(total) })
        : t('count', { count: entries.length, number: format.number(entries.length) });
  const selectedId = id !== null && /^\d+$/.test(id) ? Number(id) : null;

  return (
    <div className="screen history-screen">
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      <HistoryFilters filter={filter} onChange={setFilter} names={names} actors={actors} />
      <div className="history-toolbar">
        <div className="history-count">
          <span role="status">{countText}</span>
          {filtered && (
            <Button className="button button-quiet" onPress={() => setFilter({})}>
              {t('filters.clear')}
            </Button>
          )}
        </div>
        <HistoryExport filter={auditFilter} />
      </div>
      {shown.error !== undefined ? (
        <p className="inline-error history-message" role="alert">
          {t('loadFailed', { message: shown.error.message })}
        </p>
      ) : entries === undefined ? (
        <p className="loading">{t('loading')}</p>
      ) : entries.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('noMatches')}
            actions={
              <Button className="button" onPress={() => setFilter({})}>
                {t('filters.clear')}
              </Button>
            }
          />
        ) : (
          <EmptyState title={t('empty')} />
        )
      ) : (
        <AuditEntryList entries={entries} names={names} label={t('list')} selectedId={selectedId} className={shown.loading ? 'is-stale' : ''} />
      )}
    </div>
  );
}
