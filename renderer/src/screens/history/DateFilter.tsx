// A day to filter by (the first or the last day of the entries shown): react-aria-components' DatePicker, typed day by
// day, month and year in the interface language's order, or picked from the same calendar as the editors' dates.
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useRef } from 'react';
import { Button, DateInput, DatePicker, DateSegment, Group, I18nProvider, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../components/index.ts';
import { CalendarIcon, DateCalendarPopover } from '../../components/form/DateCalendar.tsx';
import { formattingLocale } from '../../i18n/format.ts';

export function DateFilter(props: { label: string; value: string | undefined; onChange: (day: string | undefined) => void }) {
  const { t, i18n } = useTranslation('history');
  const row = useRef<HTMLDivElement>(null);
  const value = props.value !== undefined && isCalendarDate(props.value) ? parseDate(props.value) : null;
  return (
    <I18nProvider locale={formattingLocale(i18n.language)}>
      <DatePicker
        className="field history-date"
        value={value}
        onChange={(date: CalendarDate | null) => props.onChange(date === null ? undefined : date.toString())}
        granularity="day"
      >
        <Label className="field-label">{props.label}</Label>
        <Group className="history-date-row" ref={row}>
          <DateInput className="history-date-input">{(segment) => <DateSegment segment={segment} className="history-date-segment" />}</DateInput>
          <Button className="button date-calendar-button" aria-label={t('filters.chooseDate', { label: props.label })}>
            <CalendarIcon />
          </Button>
        </Group>
        <DateCalendarPopover triggerRef={row} />
      </DatePicker>
    </I18nProvider>
  );
}
