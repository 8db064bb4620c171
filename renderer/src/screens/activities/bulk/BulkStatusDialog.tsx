// Bulk action: one status for every selected activity. Leaving draft needs a complete record: the register refuses
// the whole change otherwise, naming the activities that are not.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../../../shared/model/vocabulary.ts';
import { BulkEditDialog } from '../../../components/bulk-edit/index.ts';
import { SelectBox } from '../../../components/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ActivityBulkDialogProps } from './bulkDialog.ts';

export function BulkStatusDialog({ send, ...props }: ActivityBulkDialogProps) {
  const { t } = useTranslation(['bulk', 'vocabulary']);
  const format = useFormat();
  const [status, setStatus] = useState<ActivityStatus | null>(null);
  const [tried, setTried] = useState(false);
  return (
    <BulkEditDialog
      {...props}
      recordType="activity"
      title={t('activity.statusTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        if (status === null) return false;
        const label = t(`vocabulary:status.${status}`);
        return send({ status }, (count) => t('activity.statusSet', { count, shown: format.number(count), status: label }));
      }}
    >
      <SelectBox
        label={t('activity.statusLabel')}
        options={ACTIVITY_STATUSES.map((value) => ({ value, label: t(`vocabulary:status.${value}`) }))}
        value={status}
        onChange={(value) => setStatus(ACTIVITY_STATUSES.find((known) => known === value) ?? null)}
        description={t('activity.statusHelp')}
        error={tried && status === null ? t('chooseOne') : undefined}
        isRequired
        placeholder={t('choose')}
      />
    </BulkEditDialog>
  );
}
