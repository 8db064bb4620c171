// TextField and TextAreaField: a plain string of the draft at `path`, with label, optional description and the
// field's validation message. Emptying an optional field removes it from the draft (the exchange format wants
// absent, not ""); a required field keeps "" so the schema can say it must not be empty.
import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { CharacterCount } from './CharacterCount.tsx';
import { useField } from './DraftFormContext.tsx';
import './form.css';

export type TextFieldProps = {
  /** Where the value lives in the draft: `owner`, `dpo.email`, `controllers[0].name`. */
  path: string;
  label: string;
  description?: string;
  isRequired?: boolean;
  placeholder?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoFocus?: boolean;
  className?: string;
  /** Keep the label for assistive technology only (e.g. the second and later rows of a list). */
  labelHidden?: boolean;
};

export function TextField(props: TextFieldProps) {
  return <StringField {...props} multiline={false} />;
}

export function TextAreaField(props: Omit<TextFieldProps, 'type'> & { rows?: number }) {
  return <StringField {...props} multiline />;
}

function StringField(props: TextFieldProps & { multiline: boolean; rows?: number }) {
  const { focusTarget, ...field } = useField<string>(props.path, props.label);
  return (
    <AriaTextField
      className={`field ${props.className ?? ''}`}
      value={field.value ?? ''}
      onChange={(value) => field.setValue(value === '' && props.isRequired !== true ? undefined : value)}
      onBlur={field.onBlur}
      isInvalid={field.error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
      type={props.type ?? 'text'}
      autoFocus={props.autoFocus ?? false}
    >
      <Label className={props.labelHidden === true ? 'field-label visually-hidden' : 'field-label'}>
        {props.label}
        {props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      {props.multiline ? (
        <TextArea ref={focusTarget} rows={props.rows ?? 3} placeholder={props.placeholder} />
      ) : (
        <Input ref={focusTarget} placeholder={props.placeholder} />
      )}
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <CharacterCount path={props.path} text={field.value ?? ''} />
      <FieldError className="field-error">{field.error}</FieldError>
    </AriaTextField>
  );
}
