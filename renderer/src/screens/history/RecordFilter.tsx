// The record whose entries are shown: a searchable list of the register's records by name, and of the records the log
// names that are no longer in the register, by the name they last had (marked as deleted). Virtualised, so a register
// of thousands of activities opens it at once.
import { useMemo } from 'react';
import { Button, ButtonContext, ComboBox, Input, Label, ListBox, ListBoxItem, ListLayout, Popover, Text, useFilter, Virtualizer } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NamedRecord, RecordNames } from '../../components/history/index.ts';

export function RecordFilter(props: { names: RecordNames; value: string | undefined; onChange: (recordId: string | undefined) => void }) {
  const { t, i18n } = useTranslation('history');
  const { contains } = useFilter({ sensitivity: 'base' });
  const { current, deleted } = props.names;
  const items = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...current.values(), ...deleted.values()]
      .map((record) => ({ ...record, name: record.name === '' ? t('common:unknownRecord') : record.name }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [current, deleted, i18n.language, t]);
  const describe = (record: NamedRecord) =>
    record.deleted ? t('filters.deletedRecord', { type: t(`recordType.${record.type}`) }) : t(`recordType.${record.type}`);
  return (
    <ComboBox
      className="field combobox-field history-record-filter"
      defaultItems={items}
      value={props.value ?? null}
      onChange={(key) => props.onChange(key === null ? undefined : String(key))}
      defaultFilter={contains}
      menuTrigger="input"
    >
      <Label className="field-label">{t('filters.record')}</Label>
      <div className="combobox-control">
        <Input placeholder={t('filters.anyRecord')} />
        {props.value !== undefined && (
          // Out of the combo box's own button slot, which opens its list: this one empties the choice.
          <ButtonContext.Provider value={null}>
            <Button className="combobox-button" aria-label={t('filters.clearRecord')} onPress={() => props.onChange(undefined)}>
              <span aria-hidden="true">×</span>
            </Button>
          </ButtonContext.Provider>
        )}
        <Button className="combobox-button" aria-label={t('filters.showRecords')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="popover history-record-popover">
        <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowHeight: 40 }}>
          <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{t('filters.noRecord')}</p>}>
            {(record: NamedRecord) => (
              <ListBoxItem className="listbox-item" id={record.id} textValue={record.name}>
                <Text slot="label">{record.name}</Text>
                <Text slot="description" className="listbox-item-description">
                  {describe(record)}
                </Text>
              </ListBoxItem>
            )}
          </ListBox>
        </Virtualizer>
      </Popover>
    </ComboBox>
  );
}
