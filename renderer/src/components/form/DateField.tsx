// DateField: a calendar date of the draft at `path`, stored as YYYY-MM-DD. The person types it in the interface
// language's short form (01/12/2027: 1 December 2027 in English as written in Europe) or as YYYY-MM-DD, or picks it
// from a calendar (react-aria-components' DatePicker: its popover, dialog and calendar, around a text field that takes
// both typed forms, which the DatePicker's own segmented input cannot). Once valid, the date is shown in full under
// the field ("1 December 2027"); on leaving the field, what was typed is rewritten in the short form. Empty removes
// the field. Something that is no date stays in the draft as typed, so the form's schema refuses to save it.
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useRef, useState } from 'react';
import { Button, DatePicker, FieldError, I18nProvider, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../../../shared/model/dates.ts';
import { dateOrder, formatDate, formatTypedDate, formattingLocale, typedDatePattern } from '../../i18n/format.ts';
import { CalendarIcon, DateCalendarPopover } from './DateCalendar.tsx';
import { useField } from './DraftFormContext.tsx';
import './form.css';
import './date-field.css';

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type DateFieldProps = {
  path: string;
  label: string;
  description?: string;
  isRequired?: boolean;
  /** Called with the date once the person has changed it: on leaving the field, or on picking a day from the calendar. */
  onCommit?: (date: string | undefined) => void;
};

export function DateField(props: DateFieldProps) {
  const { focusTarget, ...field } = useField<string>(props.path, props.label);
  const { t, i18n } = useTranslation('form');
  const language = i18n.language;
  const value = field.value ?? '';
  const valid = value !== '' && isCalendarDate(value);
  const typedForm = (date: string) => (isCalendarDate(date) ? formatTypedDate(date, language) : date);

  // What the person typed, and the draft value it stands for: when the draft changes from elsewhere (the calendar,
  // a default set by the editor, a reset after Save), the text follows it.
  const [text, setText] = useState(() => typedForm(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(typedForm(value));
  }

  const type = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    const date = trimmed === '' ? undefined : (parseTypedDate(trimmed, dateOrder(language)) ?? trimmed);
    setShown(date ?? '');
    field.setValue(date);
  };
  // The date when the field was entered: leaving it unchanged (tabbing through) sets nothing.
  const entered = useRef(value);
  const leave = () => {
    field.onBlur();
    if (valid) setText(formatTypedDate(value, language));
    if (value !== entered.current) props.onCommit?.(value === '' ? undefined : value);
  };
  const pick = (date: CalendarDate | null) => {
    const next = date === null ? undefined : date.toString();
    field.setValue(next);
    field.onBlur();
    props.onCommit?.(next);
  };

  // The form's schema usually says this first; this is the fallback for a form without one.
  const error = field.error ?? (value !== '' && !valid && field.visited ? t('issue', { label: props.label, message: t('notADate') }) : undefined);
  const row = useRef<HTMLDivElement>(null);
  return (
    <I18nProvider locale={formattingLocale(language)}>
      <DatePicker className="date-picker" value={valid ? parseDate(value) : null} onChange={pick} aria-label={props.label} validationBehavior="aria">
        <AriaTextField
          className="field date-field"
          value={text}
          onChange={type}
          onFocus={() => (entered.current = value)}
          onBlur={leave}
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
          <div className="date-input-row" ref={row}>
            <Input
              ref={focusTarget}
              placeholder={typedDatePattern(language, { day: t('dateLetters.day'), month: t('dateLetters.month'), year: t('dateLetters.year') })}
              className="date-input"
            />
            <Button className="button date-calendar-button" aria-label={t('chooseDate', { label: props.label })}>
              <CalendarIcon />
            </Button>
          </div>
          {/* Always there, even empty: react-aria links a field to its description only if it is there when first shown. */}
          <Text slot="description" className="field-description">
            {valid ? formatDate(value, language) : (props.description ?? '')}
          </Text>
          <FieldError className="field-error">{error}</FieldError>
        </AriaTextField>
        <DateCalendarPopover triggerRef={row} />
      </DatePicker>
    </I18nProvider>
  );
}
