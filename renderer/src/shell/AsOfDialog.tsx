// "View as of a date…": a date and time (in the computer's time zone) at which to see the register as it stood,
// rebuilt from its history and read-only. The backend refuses a moment before the history starts; its message shows
// in the dialog.
import { getLocalTimeZone, now, toZoned, type CalendarDateTime, type ZonedDateTime } from '@internationalized/date';
import { useState } from 'react';
import { DateInput, DatePicker, DateSegment, I18nProvider, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call } from '../api/index.ts';
import { FormDialog } from '../components/FormDialog.tsx';
import { formattingLocale } from '../i18n/format.ts';

/** The moment a month before now, to the minute: the first thing a DPO is asked about is rarely today. */
function aMonthAgo(): ZonedDateTime {
  return now(getLocalTimeZone()).subtract({ months: 1 }).set({ second: 0, millisecond: 0 });
}

export function AsOfDialog(props: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const { t, i18n } = useTranslation('shell');
  const [moment, setMoment] = useState<ZonedDateTime | CalendarDateTime | null>(aMonthAgo);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) setError(undefined);
        props.onOpenChange(open);
      }}
      title={t('asOf.dialogTitle')}
      description={t('asOf.dialogDescription')}
      submitLabel={t('asOf.show')}
      error={error}
      onSubmit={async () => {
        if (moment === null) {
          setError(t('asOf.momentRequired'));
          return false;
        }
        const at = ('timeZone' in moment ? moment : toZoned(moment, getLocalTimeZone())).toAbsoluteString();
        const result = await call('viewAsOf', { at });
        if (!result.ok) {
          setError(result.error.message);
          return false;
        }
        return true;
      }}
    >
      <I18nProvider locale={formattingLocale(i18n.language)}>
        <DatePicker className="field as-of-moment" value={moment} onChange={setMoment} granularity="minute" hourCycle={24} hideTimeZone>
          <Label className="field-label">{t('asOf.moment')}</Label>
          <DateInput className="input date-time-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </DatePicker>
      </I18nProvider>
    </FormDialog>
  );
}
