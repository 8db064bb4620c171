// RowsField: a list in the draft at `path` edited as rows (add, remove), each row rendered by `renderRow(rowPath)`
// with any fields bound to paths under it (`transfers[2].country`). TextListField: the common case of a list of
// translatable texts (purposes, data subjects, security measures), one text per row.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RowLabelContext, useField } from './DraftFormContext.tsx';
import { joinPath } from './path.ts';
import { TranslatableTextField } from './TranslatableTextField.tsx';
import './form.css';

export type RowsFieldProps<Item> = {
  path: string;
  /** The list's name, shown as its heading ("Legal bases"). */
  label: string;
  /** The name of one row, for labels and the remove button ("Legal basis 2"). */
  itemLabel: (index: number) => string;
  /** The add button's text ("Add legal basis"). */
  addLabel: string;
  newItem: () => Item;
  renderRow: (rowPath: string, index: number, item: Item) => ReactNode;
  description?: string;
  /** Shown when the list is empty. */
  emptyText?: string;
  /** A required list stays `[]` when emptied; an optional one is removed from the draft. */
  isRequired?: boolean;
  /** Lay the row's fields out side by side (default) or one under the other. */
  layout?: 'inline' | 'stacked';
};

export function RowsField<Item>(props: RowsFieldProps<Item>) {
  const field = useField<Item[]>(props.path, props.label);
  const { t } = useTranslation('form');
  const items = field.value ?? [];
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    const row = list.current?.children[focusRow];
    const target = row?.querySelector<HTMLElement>('input, textarea, button');
    target?.focus();
  }, [focusRow, items.length]);

  const add = () => {
    field.setValue([...items, props.newItem()]);
    setFocusRow(items.length);
  };
  const remove = (index: number) => {
    const next = items.filter((_, position) => position !== index);
    field.setValue(next.length === 0 && props.isRequired !== true ? undefined : next);
    setFocusRow(null);
    // Keep the keyboard where it was: on the next row's first field, or on the add button.
    requestAnimationFrame(() => {
      const row = list.current?.children[Math.min(index, next.length - 1)];
      (row?.querySelector<HTMLElement>('input, textarea, button') ?? addButton.current)?.focus();
    });
  };

  return (
    <fieldset className="field rows-field" aria-invalid={field.error !== undefined}>
      <legend className="field-label">
        {props.label}
        {props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {props.description !== undefined && <p className="field-description">{props.description}</p>}
      {items.length === 0 && props.emptyText !== undefined && <p className="rows-empty">{props.emptyText}</p>}
      <ol className={`rows rows-${props.layout ?? 'inline'}`} ref={list}>
        {items.map((item, index) => (
          <li key={index} className="row-item" role="group" aria-label={props.itemLabel(index)}>
            <RowLabelContext.Provider value={props.itemLabel(index)}>
              <div className="row-fields">{props.renderRow(joinPath(props.path, index), index, item)}</div>
            </RowLabelContext.Provider>
            <Button className="button button-quiet row-remove" onPress={() => remove(index)} aria-label={t('removeItem', { item: props.itemLabel(index) })}>
              {t('remove')}
            </Button>
          </li>
        ))}
      </ol>
      {field.error !== undefined && <div className="field-error">{field.error}</div>}
      <Button
        ref={(element) => {
          addButton.current = element;
          field.focusTarget(element);
        }}
        className="button button-small"
        onPress={add}
      >
        {props.addLabel}
      </Button>
    </fieldset>
  );
}

/** A list of translatable texts, one per row. */
export function TextListField(props: {
  path: string;
  label: string;
  itemLabel: (index: number) => string;
  addLabel: string;
  description?: string;
  emptyText?: string;
  isRequired?: boolean;
  multiline?: boolean;
}) {
  return (
    <RowsField<string>
      path={props.path}
      label={props.label}
      itemLabel={props.itemLabel}
      addLabel={props.addLabel}
      newItem={() => ''}
      {...(props.description === undefined ? {} : { description: props.description })}
      {...(props.emptyText === undefined ? {} : { emptyText: props.emptyText })}
      isRequired={props.isRequired ?? false}
      renderRow={(rowPath, index) => (
        <TranslatableTextField path={rowPath} label={props.itemLabel(index)} labelHidden isRequired multiline={props.multiline ?? false} />
      )}
    />
  );
}
