// SelectField (a drop-down) and RadioGroupField (all options visible) for a string of the draft at `path` chosen from
// a closed list, e.g. a role or a legal basis. `emptyLabel` adds a "none" option that removes the field.
import type { ReactNode } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue, Text } from 'react-aria-components';
import { useField } from './DraftFormContext.tsx';
import type { Option } from './option.ts';
import './form.css';

export type { Option };

const NONE = '__none__';

/** One option of a list box: its label and, when it has one, its description (ListBoxItem id: the option's value). */
export function OptionItem({ option }: { option: Option }) {
  return (
    <ListBoxItem className="listbox-item" id={option.value} textValue={option.label}>
      <Text slot="label">{option.label}</Text>
      {option.description !== undefined && (
        <Text slot="description" className="listbox-item-description">
          {option.description}
        </Text>
      )}
    </ListBoxItem>
  );
}

export type SelectFieldProps = {
  path: string;
  label: string;
  options: readonly Option[];
  description?: string;
  isRequired?: boolean;
  /** When given, an extra first option with this label leaves the field empty (absent from the draft). */
  emptyLabel?: string;
  placeholder?: string;
  className?: string;
  /** Keep the label for assistive technology only (e.g. the second and later rows of a list). */
  labelHidden?: boolean;
  /** Called after the value changed (e.g. to adjust other fields). */
  onChanged?: (value: string | undefined) => void;
};

export function SelectField(props: SelectFieldProps) {
  const field = useField<string>(props.path, props.label);
  const items: Option[] = props.emptyLabel !== undefined ? [{ value: NONE, label: props.emptyLabel }, ...props.options] : [...props.options];
  const current = field.value ?? (props.emptyLabel !== undefined ? NONE : null);
  return (
    <SelectBox
      label={props.label}
      options={items}
      value={current}
      onChange={(key) => {
        const next = key === NONE || key === null ? undefined : key;
        field.setValue(next);
        field.onBlur();
        props.onChanged?.(next);
      }}
      isRequired={props.isRequired}
      error={field.error}
      description={props.description}
      placeholder={props.placeholder}
      className={props.className}
      labelHidden={props.labelHidden ?? false}
      buttonElement={field.focusTarget}
    />
  );
}

/** The drop-down itself, not bound to a form: for filters, pickers in dialogs and toolbars. */
export function SelectBox({
  buttonElement,
  ...props
}: {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  isRequired?: boolean | undefined;
  error?: string | undefined;
  description?: ReactNode;
  placeholder?: string | undefined;
  className?: string | undefined;
  /** Hide the visible label (it stays the accessible name). */
  labelHidden?: boolean;
  buttonElement?: (element: HTMLElement | null) => void;
}) {
  return (
    <Select
      className={`field select-field ${props.className ?? ''}`}
      value={props.value}
      onChange={(key) => props.onChange(key === null ? null : String(key))}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
      placeholder={props.placeholder}
      {...(props.labelHidden === true ? { 'aria-label': props.label } : {})}
    >
      {props.labelHidden !== true && (
        <Label className="field-label">
          {props.label}
          {props.isRequired === true && (
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </Label>
      )}
      <Button className="select-button" ref={buttonElement}>
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={props.options.map((option) => ({ ...option, id: option.value }))}>
          {(option) => <OptionItem option={option} />}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function RadioGroupField(props: {
  path: string;
  label: string;
  options: readonly Option[];
  description?: string;
  isRequired?: boolean;
  orientation?: 'horizontal' | 'vertical';
  onChanged?: (value: string) => void;
}) {
  const field = useField<string>(props.path, props.label);
  return (
    <RadioGroup
      className="field radio-group"
      value={field.value ?? null}
      onChange={(value) => {
        field.setValue(value);
        props.onChanged?.(value);
      }}
      onBlur={field.onBlur}
      isInvalid={field.error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
      orientation={props.orientation ?? 'horizontal'}
    >
      <Label className="field-label">{props.label}</Label>
      <div className="radio-options">
        {props.options.map((option, index) => (
          <Radio key={option.value} value={option.value} className="radio" {...(index === 0 ? { ref: field.focusTarget } : {})}>
            <span>
              {option.label}
              {option.description !== undefined && <span className="radio-description">{option.description}</span>}
            </span>
          </Radio>
        ))}
      </div>
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{field.error}</FieldError>
    </RadioGroup>
  );
}
