// CheckboxField (a boolean of the draft at `path`, shown as a checkbox or a switch) and CheckboxGroupField (a list
// of strings chosen from a closed list, e.g. Art. 9(2) conditions; an empty choice removes the field).
import { Checkbox, CheckboxGroup, FieldError, Label, Switch, Text } from 'react-aria-components';
import { useField } from './DraftFormContext.tsx';
import type { Option } from './SelectField.tsx';
import './form.css';

export function CheckboxField(props: {
  path: string;
  label: string;
  description?: string;
  variant?: 'checkbox' | 'switch';
  className?: string;
  /** What unticking stores: `false` (default) or nothing at all (`undefined`). */
  uncheckedValue?: false | undefined;
  onChanged?: (checked: boolean) => void;
}) {
  const field = useField<boolean>(props.path, props.label);
  const unchecked = 'uncheckedValue' in props ? props.uncheckedValue : false;
  const onChange = (checked: boolean) => {
    field.setValue(checked ? true : unchecked);
    field.onBlur();
    props.onChanged?.(checked);
  };
  const description = props.description === undefined ? null : <span className="field-description checkbox-description">{props.description}</span>;
  if (props.variant === 'switch') {
    return (
      <div className={`field checkbox-field ${props.className ?? ''}`}>
        <Switch className="switch" isSelected={field.value === true} onChange={onChange} inputRef={field.focusTarget}>
          <span>{props.label}</span>
        </Switch>
        {description}
        {field.error !== undefined && <div className="field-error">{field.error}</div>}
      </div>
    );
  }
  return (
    <div className={`field checkbox-field ${props.className ?? ''}`}>
      <Checkbox className="checkbox" isSelected={field.value === true} onChange={onChange} isInvalid={field.error !== undefined} inputRef={field.focusTarget}>
        <span>{props.label}</span>
      </Checkbox>
      {description}
      {field.error !== undefined && <div className="field-error">{field.error}</div>}
    </div>
  );
}

export function CheckboxGroupField(props: { path: string; label: string; options: readonly Option[]; description?: string; columns?: 1 | 2 | 3 }) {
  const field = useField<string[]>(props.path, props.label);
  const selected = field.value ?? [];
  return (
    <CheckboxGroup
      className="field checkbox-group"
      value={selected}
      onChange={(value) => {
        // Keep the order of the closed list, whatever the order of clicks.
        const ordered = props.options.map((option) => option.value).filter((option) => value.includes(option));
        field.setValue(ordered.length === 0 ? undefined : ordered);
        field.onBlur();
      }}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <div className={`checkbox-options columns-${props.columns ?? 1}`}>
        {props.options.map((option, index) => (
          <Checkbox key={option.value} value={option.value} className="checkbox" {...(index === 0 ? { inputRef: field.focusTarget } : {})}>
            <span>
              {option.label}
              {option.description !== undefined && <span className="checkbox-option-description">{option.description}</span>}
            </span>
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{field.error}</FieldError>
    </CheckboxGroup>
  );
}
