// DateField: a calendar date of the draft at `path`, typed as YYYY-MM-DD (stored exactly so), with the date shown
// back in the user's locale under the field once it is valid. Empty removes the field. Checks the date itself even
// when the form has no schema for it.
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';
import { useField } from './DraftFormContext.tsx';
import './form.css';

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function DateField(props: { path: string; label: string; description?: string; isRequired?: boolean }) {
  const { focusTarget, ...field } = useField<string>(props.path, props.label);
  const { t, i18n } = useTranslation('form');
  const value = field.value ?? '';
  const valid = value !== '' && isCalendarDate(value);
  // The form's schema usually says this first; this is the fallback for a form without one.
  const error = field.error ?? (value !== '' && !valid && field.visited ? t('issue', { label: props.label, message: t('notADate') }) : undefined);
  return (
    <AriaTextField
      className="field date-field"
      value={value}
      onChange={(next) => field.setValue(next === '' ? undefined : next.trim())}
      onBlur={field.onBlur}
      isInvalid={error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
    >
      <Label className="field-label">
        {props.label}
        {props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <Input ref={focusTarget} placeholder={t('datePlaceholder')} inputMode="numeric" className="date-input" />
      {(valid || props.description !== undefined) && (
        <Text slot="description" className="field-description">
          {valid ? formatDate(value, i18n.language) : props.description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
