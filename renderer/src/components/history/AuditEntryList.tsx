// The entries of the audit log as a list, newest first: when, what (the sentence with the record's name, a link to its
// editor while the record is in the register), the kind of entry, who, and why (the file, backup or bulk edit it came
// from); each entry opens to its changes field by field, before and after. Virtualised with TanStack Virtual (rows of
// their own height, measured once drawn), so the whole log of a large register (50,000 entries) scrolls smoothly.
// Used by the History screen and by the editors' History tab (one record's entries).
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditKind } from '../../../../shared/ipc/outputs.ts';
import { useFormat } from '../../i18n/format.ts';
import { Badge, type BadgeTone } from '../bits.tsx';
import type { ValueContext } from '../record-values/describeValue.ts';
import { AuditSentence } from './AuditSentence.tsx';
import { ChangeTable } from './ChangeTable.tsx';
import { capitalised, useChangedFields } from './changeWords.ts';
import { useEntryReason } from './entryReason.ts';
import { entryRecord, type RecordNames } from './recordNames.ts';
import { useValueContext } from './valueContext.ts';
import './history-list.css';

/** An entry's height before it is drawn and measured: one line, and the line of its reason or changes. */
const ESTIMATED_HEIGHT = 58;

const KIND_TONES: Record<AuditKind, BadgeTone> = {
  change: 'neutral',
  'bulk-edit': 'info',
  import: 'info',
  merge: 'info',
  'undo-import': 'warn',
  restore: 'warn',
  'accept-finding': 'muted',
  'reopen-finding': 'muted',
  'publish-policy': 'good',
  'history-start': 'muted',
};

export type AuditEntryListProps = {
  entries: readonly AuditEntry[];
  names: RecordNames;
  /** The list's accessible name. */
  label: string;
  /** An entry to bring into view and open (the History screen's `#/history/<entryId>`). */
  selectedId?: number | null;
  /** False in a record's own History tab: its name needs no link to the editor already open. */
  linkRecords?: boolean;
  className?: string;
};

export function AuditEntryList(props: AuditEntryListProps) {
  const { entries, selectedId = null } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set(selectedId === null ? [] : [selectedId]));
  const values = useValueContext(props.names);

  // TanStack Virtual keeps its own state outside React's: the compiler leaves this component as written.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    getItemKey: (index) => entries[index]?.id ?? index,
    // An entry not laid out (in a panel not shown) measures nothing: it keeps its estimate, so the list does not
    // take it for an entry of no height and draw the whole log to fill the view.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_HEIGHT,
    overscan: 8,
  });

  // The entry the address names: opened and brought into view once the list holds it.
  const position = selectedId === null ? -1 : entries.findIndex((entry) => entry.id === selectedId);
  useEffect(() => {
    if (selectedId === null || position < 0) return;
    setOpened((current) => (current.has(selectedId) ? current : new Set([...current, selectedId])));
    virtualizer.scrollToIndex(position, { align: 'start' });
  }, [selectedId, position, virtualizer]);

  const toggle = useCallback((id: number) => {
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  return (
    <div ref={scrollRef} className={`history-scroll ${props.className ?? ''}`}>
      <div role="list" aria-label={props.label} className="history-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (entry === undefined) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              aria-current={entry.id === selectedId ? 'true' : undefined}
              className={`history-entry ${entry.id === selectedId ? 'is-selected' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <EntryLine
                entry={entry}
                names={props.names}
                values={values}
                opened={opened.has(entry.id)}
                onToggle={toggle}
                linkRecord={props.linkRecords ?? true}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

type EntryLineProps = {
  entry: AuditEntry;
  names: RecordNames;
  values: ValueContext;
  opened: boolean;
  onToggle: (id: number) => void;
  linkRecord: boolean;
};

/** One entry: memoised, so that scrolling draws only the entries that came into view. */
const EntryLine = memo(function EntryLine({ entry, names, values, opened, onToggle, linkRecord }: EntryLineProps) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const reasonOf = useEntryReason();
  const changedFields = useChangedFields();
  const tableId = useId();
  const record = entryRecord(entry, names, t('common:unknownRecord'));
  const reason = reasonOf(entry);
  return (
    <>
      <div className="history-entry-line">
        <time className="history-when" dateTime={entry.at}>
          {format.dateTime(entry.at)}
        </time>
        <span className="history-what">
          <AuditSentence entry={entry} label={record.label} href={linkRecord ? record.href : null} />
        </span>
        <span className="history-kind">
          <Badge tone={KIND_TONES[entry.kind]}>{capitalised(t(`historyTerms:kind.${entry.kind}`), i18n.language)}</Badge>
        </span>
        <span className="history-who" title={entry.actor}>
          {entry.actor}
        </span>
      </div>
      {reason !== null && (
        <p className="history-reason">
          {reason.text}
          {reason.fingerprint !== null && (
            <span className="history-fingerprint mono" title={reason.fingerprint}>
              {t('source.fingerprint', { hash: reason.fingerprint.slice(0, 12) })}
            </span>
          )}
        </p>
      )}
      {entry.changes.length > 0 && (
        <Button className="link-button history-toggle" aria-expanded={opened} aria-controls={opened ? tableId : undefined} onPress={() => onToggle(entry.id)}>
          {opened ? t('entry.hideChanges') : t('entry.showChanges', { fields: changedFields(entry) })}
        </Button>
      )}
      {opened && <ChangeTable entry={entry} values={values} id={tableId} />}
    </>
  );
});
