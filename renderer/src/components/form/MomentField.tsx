// A date and a time of day, to the minute, in the DPO's time zone: react-aria-components' DatePicker with its segmented
// input (day, month, year, hours, minutes, in the interface language's order; typed, or moved with the arrow keys) and
// the editors' calendar (components/form/DateCalendar.tsx) to pick the day. Under it, the moment written in full.
import type { CalendarDateTime } from '@internationalized/date';
import { useRef } from 'react';
import { Button, DateInput, DatePicker, DateSegment, FieldError, Group, I18nProvider, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CalendarIcon, DateCalendarPopover } from './DateCalendar.tsx';
import { formattingLocale, useFormat } from '../../i18n/format.ts';
import { momentOf, toTheMinute } from './moment.ts';
import './form.css';
import './date-field.css';

export function MomentField(props: {
  label: string;
  value: CalendarDateTime | null;
  onChange: (value: CalendarDateTime | null) => void;
  /** What is wrong with the moment, shown under it. */
  error: string | undefined;
  /** The register refused this moment (its message is shown elsewhere, e.g. with a comparison): the field is marked. */
  refused?: boolean;
}) {
  const { t } = useTranslation('form');
  const format = useFormat();
  const group = useRef<HTMLDivElement>(null);
  return (
    <I18nProvider locale={formattingLocale(format.language)}>
      <DatePicker
        className="field moment-field"
        granularity="minute"
        hourCycle={24}
        value={props.value}
        onChange={(value) => props.onChange(value === null ? null : toTheMinute(value))}
        isInvalid={props.error !== undefined || props.refused === true}
        validationBehavior="aria"
        shouldForceLeadingZeros
      >
        <Label className="field-label">{props.label}</Label>
        <Group className="moment-input-row" ref={group}>
          <DateInput className="moment-input">{(segment) => <DateSegment segment={segment} className="moment-segment" />}</DateInput>
          <Button className="button date-calendar-button" aria-label={t('chooseDate', { label: props.label })}>
            <CalendarIcon />
          </Button>
        </Group>
        <Text slot="description" className="field-description">
          {props.value === null ? t('momentHelp') : format.dateTime(momentOf(props.value))}
        </Text>
        <FieldError className="field-error">{props.error}</FieldError>
        <DateCalendarPopover triggerRef={group} />
      </DatePicker>
    </I18nProvider>
  );
}
