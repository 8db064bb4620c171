// "View as of a date…": a date and time (in the computer's time zone) at which to see the register as it stood,
// rebuilt from its history and read-only. The backend refuses a moment before the history starts; its message shows
// in the dialog.
import type { CalendarDateTime } from '@internationalized/date';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/index.ts';
import { FormDialog } from '../components/FormDialog.tsx';
import { MomentField } from '../components/form/MomentField.tsx';
import { momentOf, pickerValueOf, toTheMinute } from '../components/form/moment.ts';

/** A month before now, to the minute: the first thing a DPO is asked about is rarely today. */
function aMonthAgo(): CalendarDateTime {
  return toTheMinute(pickerValueOf(new Date()).subtract({ months: 1 }));
}

export function AsOfDialog(props: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('shell');
  const [moment, setMoment] = useState<CalendarDateTime | null>(aMonthAgo);
  const [missing, setMissing] = useState(false);
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
        setMissing(moment === null);
        if (moment === null) return false;
        const result = await call('viewAsOf', { at: momentOf(moment) });
        if (!result.ok) {
          setError(result.error.message);
          return false;
        }
        return true;
      }}
    >
      <MomentField
        label={t('asOf.moment')}
        value={moment}
        onChange={(value) => {
          setMoment(value);
          setMissing(false);
        }}
        error={missing ? t('asOf.momentRequired') : undefined}
        refused={error !== undefined}
      />
    </FormDialog>
  );
}
