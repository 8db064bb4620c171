// A text field held in the dialog's or screen's own state (not a register draft): a file path, a register's name.
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import './form.css';

export function PlainTextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      className="field"
      value={props.value}
      onChange={props.onChange}
      isRequired
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
      autoFocus={props.autoFocus ?? false}
    >
      <Label className="field-label">
        {props.label}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </Label>
      <Input />
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}
