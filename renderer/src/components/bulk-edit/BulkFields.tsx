// The fields of the bulk dialogs, held in the dialog's own state: an optional text (empty has a meaning, e.g. "no
// owner") and the choice between adding and removing a value.
import { FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function OptionalTextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  placeholder?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      className="field"
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
      autoFocus={props.autoFocus ?? false}
    >
      <Label className="field-label">{props.label}</Label>
      <Input placeholder={props.placeholder} />
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}

export type AddOrRemove = 'add' | 'remove';

export function AddOrRemoveField(props: { value: AddOrRemove; onChange: (value: AddOrRemove) => void; addLabel: string; removeLabel: string }) {
  const { t } = useTranslation('bulk');
  return (
    <RadioGroup
      className="field radio-group bulk-mode"
      value={props.value}
      onChange={(value) => props.onChange(value === 'remove' ? 'remove' : 'add')}
      orientation="horizontal"
    >
      <Label className="field-label">{t('mode')}</Label>
      <div className="radio-options">
        <Radio value="add" className="radio">
          <span>{props.addLabel}</span>
        </Radio>
        <Radio value="remove" className="radio">
          <span>{props.removeLabel}</span>
        </Radio>
      </div>
    </RadioGroup>
  );
}
