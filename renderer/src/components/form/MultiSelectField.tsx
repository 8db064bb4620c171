// MultiSelectField: a list of ids or codes of the draft at `path` chosen from `options`, shown as removable chips
// with a searchable "add" picker (e.g. the processors an activity uses). Options may carry a description (a
// processor's chain: "sub-processor of …"). An empty choice removes the field.
import { useMemo, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, Popover, Tag, TagGroup, TagList, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useField } from './DraftFormContext.tsx';
import { OptionItem, type Option } from './SelectField.tsx';
import './form.css';

export function MultiSelectField(props: {
  path: string;
  label: string;
  options: readonly Option[];
  addLabel: string;
  description?: string;
  emptyText?: string;
  /** Extra content after the picker, e.g. a "New processor…" button. */
  after?: React.ReactNode;
}) {
  const { focusTarget, ...field } = useField<string[]>(props.path, props.label);
  const { t } = useTranslation('form');
  const selected = useMemo(() => field.value ?? [], [field.value]);
  const [input, setInput] = useState('');
  // A fresh picker after each choice: the list closes and the input empties, while focus stays for the next one.
  const [choices, setChoices] = useState(0);
  const byValue = useMemo(() => new Map(props.options.map((option) => [option.value, option])), [props.options]);
  const available = props.options.filter((option) => !selected.includes(option.value));

  const remove = (keys: Set<unknown>) => {
    const next = selected.filter((value) => !keys.has(value));
    field.setValue(next.length === 0 ? undefined : next);
  };

  return (
    <div className="field multi-select-field" role="group" aria-label={props.label}>
      <TagGroup className="tag-group" onRemove={(keys) => remove(new Set(keys))}>
        <Label className="field-label">{props.label}</Label>
        <TagList
          className="tag-list"
          items={selected.map((value) => ({ id: value, option: byValue.get(value) }))}
          renderEmptyState={() => <span className="tag-empty">{props.emptyText ?? t('noneChosen')}</span>}
        >
          {(item) => {
            const name = item.option?.label ?? t('unknownItem', { id: item.id });
            return (
              <Tag className="tag" id={item.id} textValue={name}>
                <span>{name}</span>
                {item.option?.description !== undefined && <span className="tag-description">{item.option.description}</span>}
                <Button slot="remove" className="tag-remove" aria-label={t('removeItem', { item: name })}>
                  ×
                </Button>
              </Tag>
            );
          }}
        </TagList>
      </TagGroup>
      <div className="multi-select-add">
        <ComboBox
          key={choices}
          autoFocus={choices > 0}
          className="field combobox-field"
          defaultItems={available.map((option) => ({ ...option, id: option.value }))}
          inputValue={input}
          onInputChange={setInput}
          value={null}
          onChange={(key) => {
            // Escape or leaving the field "selects" nothing: empty the input, or the list would open again.
            setInput('');
            if (key === null) return;
            const value = String(key);
            if (!selected.includes(value)) field.setValue([...selected, value]);
            setChoices((count) => count + 1);
          }}
          onBlur={field.onBlur}
          // Opens on typing or the button, not on focus: after a choice the focus stays here, and a list
          // reopening by itself would cover the page.
          menuTrigger="input"
        >
          <Label className="field-label">{props.addLabel}</Label>
          <div className="combobox-control">
            <Input ref={focusTarget} placeholder={t('typeToSearch')} />
            <Button className="combobox-button" aria-label={t('showOptions', { label: props.addLabel })}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          {props.description !== undefined && (
            <Text slot="description" className="field-description">
              {props.description}
            </Text>
          )}
          <Popover className="popover">
            <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{t('nothingToAdd')}</div>}>
              {(option: Option & { id: string }) => <OptionItem option={option} />}
            </ListBox>
          </Popover>
        </ComboBox>
        {props.after}
      </div>
      {field.error !== undefined && <div className="field-error">{field.error}</div>}
    </div>
  );
}
