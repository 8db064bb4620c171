// Bulk action: one owner for every selected activity (or none: empty removes it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkEditDialog, OptionalTextField } from '../../../components/bulk-edit/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ActivityBulkDialogProps } from './bulkDialog.ts';

export function BulkOwnerDialog({ send, ...props }: ActivityBulkDialogProps) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const [owner, setOwner] = useState('');
  return (
    <BulkEditDialog
      {...props}
      recordType="activity"
      title={t('activity.ownerTitle')}
      submitLabel={t('apply')}
      submit={() => {
        const value = owner.trim();
        return send({ owner: value === '' ? null : value }, (count) =>
          t(value === '' ? 'activity.ownerCleared' : 'activity.ownerSet', { count, shown: format.number(count) }),
        );
      }}
    >
      <OptionalTextField label={t('activity.ownerLabel')} value={owner} onChange={setOwner} description={t('activity.ownerHelp')} autoFocus />
    </BulkEditDialog>
  );
}
