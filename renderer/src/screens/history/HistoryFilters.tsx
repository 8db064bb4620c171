// The History screen's filters: the record, the type of record, the person, the kinds of entry and the days from and
// to.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditKind } from '../../../../shared/ipc/outputs.ts';
import { capitalised, type RecordNames } from '../../components/history/index.ts';
import { SelectBox } from '../../components/form/SelectField.tsx';
import { DateFilter } from './DateFilter.tsx';
import { AUDIT_RECORD_TYPES, type AuditRecordType, type HistoryFilter } from './historyFilter.ts';
import { RecordFilter } from './RecordFilter.tsx';

/** The option of a drop-down that sets no filter. */
const ANY = '__any__';

export function HistoryFilters(props: { filter: HistoryFilter; onChange: (filter: HistoryFilter) => void; names: RecordNames; actors: readonly string[] }) {
  const { t } = useTranslation('history');
  const { filter, onChange } = props;
  const set = <Key extends keyof HistoryFilter>(key: Key, value: HistoryFilter[Key] | undefined) => {
    const next = { ...filter };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <div className="history-filters" role="group" aria-label={t('filters.label')}>
      <RecordFilter names={props.names} value={filter.recordId} onChange={(recordId) => set('recordId', recordId)} />
      <SelectBox
        className="history-filter"
        label={t('filters.recordType')}
        options={[{ value: ANY, label: t('filters.anyType') }, ...AUDIT_RECORD_TYPES.map((type) => ({ value: type, label: t(`recordType.${type}`) }))]}
        value={filter.recordType ?? ANY}
        onChange={(value) => set('recordType', value === null || value === ANY ? undefined : (value as AuditRecordType))}
      />
      <SelectBox
        className="history-filter"
        label={t('filters.person')}
        options={[{ value: ANY, label: t('filters.anyone') }, ...props.actors.map((actor) => ({ value: actor, label: actor }))]}
        value={filter.actor ?? ANY}
        onChange={(value) => set('actor', value === null || value === ANY ? undefined : value)}
      />
      <KindFilter kinds={filter.kinds ?? []} onChange={(kinds) => set('kinds', kinds.length === 0 ? undefined : kinds)} />
      <DateFilter label={t('filters.from')} value={filter.from} onChange={(day) => set('from', day)} />
      <DateFilter label={t('filters.to')} value={filter.to} onChange={(day) => set('to', day)} />
    </div>
  );
}

/** The kinds of entry shown: any number of them (none chosen: every kind). */
function KindFilter(props: { kinds: readonly AuditKind[]; onChange: (kinds: AuditKind[]) => void }) {
  const { t, i18n } = useTranslation('history');
  const name = (kind: AuditKind) => capitalised(t(`historyTerms:kind.${kind}`), i18n.language);
  return (
    <Select
      className="field select-field history-filter history-kind-filter"
      selectionMode="multiple"
      value={[...props.kinds]}
      onChange={(keys) => props.onChange(AUDIT_KINDS.filter((kind) => keys.includes(kind)))}
      placeholder={t('filters.anyKind')}
    >
      <Label className="field-label">{t('filters.kind')}</Label>
      <Button className="select-button">
        <SelectValue className="select-value">
          {({ isPlaceholder, defaultChildren }) => (isPlaceholder ? defaultChildren : props.kinds.map(name).join(', '))}
        </SelectValue>
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={AUDIT_KINDS.map((kind) => ({ id: kind, label: name(kind) }))}>
          {(item) => (
            <ListBoxItem className="listbox-item menu-item-check" id={item.id} textValue={item.label}>
              {({ isSelected }) => (
                <>
                  <span className="menu-check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {item.label}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
