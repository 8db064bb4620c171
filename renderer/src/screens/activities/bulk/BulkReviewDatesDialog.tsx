// Bulk action: the last and next review dates of every selected activity (after a review round, say). An empty date
// leaves each activity's own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityBulkChange } from '../../../../../shared/ipc/commands/bulk-edits.ts';
import { BulkEditDialog, OptionalTextField } from '../../../components/bulk-edit/index.ts';
import { isCalendarDate } from '../../../components/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ActivityBulkDialogProps } from './bulkDialog.ts';

export function BulkReviewDatesDialog({ send, ...props }: ActivityBulkDialogProps) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const [last, setLast] = useState('');
  const [next, setNext] = useState('');
  const [tried, setTried] = useState(false);
  const dateError = (value: string) => (tried && value.trim() !== '' && !isCalendarDate(value.trim()) ? t('notADate') : undefined);
  const neither = last.trim() === '' && next.trim() === '';
  return (
    <BulkEditDialog
      {...props}
      recordType="activity"
      title={t('activity.reviewsTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        const [lastDay, nextDay] = [last.trim(), next.trim()];
        if (neither || [lastDay, nextDay].some((day) => day !== '' && !isCalendarDate(day))) return false;
        const change: ActivityBulkChange = {
          ...(lastDay === '' ? {} : { lastReviewedOn: lastDay }),
          ...(nextDay === '' ? {} : { nextReviewOn: nextDay }),
        };
        return send(change, (count) => t('activity.reviewsSet', { count, shown: format.number(count) }));
      }}
    >
      <OptionalTextField
        label={t('activity.lastReviewedOn')}
        value={last}
        onChange={setLast}
        placeholder={t('datePlaceholder')}
        description={t('activity.reviewHelp')}
        error={dateError(last) ?? (tried && neither ? t('activity.reviewsNeeded') : undefined)}
        autoFocus
      />
      <OptionalTextField
        label={t('activity.nextReviewOn')}
        value={next}
        onChange={setNext}
        placeholder={t('datePlaceholder')}
        description={t('activity.reviewHelp')}
        error={dateError(next)}
      />
    </BulkEditDialog>
  );
}
