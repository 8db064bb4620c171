// A record editor's two tabs: Details (the form) and History (the record's entries of the audit log, as the History
// screen lists them, with a link to the History screen filtered to the record). The form stays mounted behind the
// History tab, so a draft, its fields and Save are the same whichever tab is shown; when a save finds problems, the
// Details tab comes forward to show them. A record not saved yet has no history: the form alone.
import { useMemo, useState, type ReactNode } from 'react';
import { Link, Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ReadOnlyFields } from '../form/ReadOnlyFields.tsx';
import type { DraftForm } from '../form/useDraftForm.ts';
import { useFormat } from '../../i18n/format.ts';
import { hrefFor } from '../../navigation/routing.ts';
import { AuditEntryList } from './AuditEntryList.tsx';
import { deletedRecords, useCurrentRecords } from './recordNames.ts';
import { useAuditEntries } from './useAuditEntries.ts';

export function RecordHistoryTabs(props: {
  /** The record's id; undefined while it is new. */
  recordId: string | undefined;
  /** The editor's form: when a save finds problems in it, the Details tab comes forward. */
  form: Pick<DraftForm<unknown>, 'attempted' | 'orderedIssues'>;
  children: ReactNode;
}) {
  const { t } = useTranslation('history');
  const [tab, setTab] = useState<Key>('details');
  const showDetails = props.form.attempted && props.form.orderedIssues().length > 0;
  const [showedDetails, setShowedDetails] = useState(showDetails);
  if (showDetails !== showedDetails) {
    setShowedDetails(showDetails);
    if (showDetails) setTab('details');
  }
  // The History tab is outside the fields made read-only with the register: its entries still open.
  if (props.recordId === undefined) return <ReadOnlyFields>{props.children}</ReadOnlyFields>;
  return (
    <Tabs className={`record-tabs record-tabs-${String(tab)}`} selectedKey={tab} onSelectionChange={setTab}>
      <TabList className="record-tab-list" aria-label={t('tabs.label')}>
        <Tab id="details" className="record-tab">
          {t('tabs.details')}
        </Tab>
        <Tab id="history" className="record-tab">
          {t('tabs.history')}
        </Tab>
      </TabList>
      <TabPanel id="details" className="record-tab-panel" shouldForceMount>
        <ReadOnlyFields>{props.children}</ReadOnlyFields>
      </TabPanel>
      <TabPanel id="history" className="record-tab-panel record-history-panel">
        <RecordHistory recordId={props.recordId} />
      </TabPanel>
    </Tabs>
  );
}

function RecordHistory({ recordId }: { recordId: string }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const { entries, error } = useAuditEntries({ recordId });
  const { records } = useCurrentRecords();
  const names = useMemo(() => ({ current: records, deleted: deletedRecords(entries ?? [], records) }), [entries, records]);
  return (
    <div className="record-history">
      <div className="record-history-bar">
        <span role="status">{entries === undefined ? t('loading') : t('count', { count: entries.length, number: format.number(entries.length) })}</span>
        <Link href={hrefFor('history', null, { record: recordId })} className="text-link">
          {t('record.openInHistory')}
        </Link>
      </div>
      {error !== undefined ? (
        <p className="inline-error" role="alert">
          {t('loadFailed', { message: error.message })}
        </p>
      ) : entries !== undefined && entries.length === 0 ? (
        <p className="muted">{t('record.empty')}</p>
      ) : entries !== undefined ? (
        <AuditEntryList entries={entries} names={names} label={t('record.list')} linkRecords={false} className="record-history-list" />
      ) : null}
    </div>
  );
}
