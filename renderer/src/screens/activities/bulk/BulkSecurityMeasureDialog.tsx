// Bulk action: add a security measure (Art. 32) to every selected activity, or remove it from them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddOrRemoveField, BulkEditDialog, OptionalTextField, type AddOrRemove } from '../../../components/bulk-edit/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ActivityBulkDialogProps } from './bulkDialog.ts';

export function BulkSecurityMeasureDialog({ send, ...props }: ActivityBulkDialogProps) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const [mode, setMode] = useState<AddOrRemove>('add');
  const [measure, setMeasure] = useState('');
  const [tried, setTried] = useState(false);
  const value = measure.trim();
  return (
    <BulkEditDialog
      {...props}
      recordType="activity"
      title={t('activity.measuresTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        if (value === '') return false;
        const change = mode === 'add' ? { addSecurityMeasures: [value] } : { removeSecurityMeasures: [value] };
        return send(change, (count) =>
          t(mode === 'add' ? 'activity.measureAdded' : 'activity.measureRemoved', { count, shown: format.number(count), measure: value }),
        );
      }}
    >
      <AddOrRemoveField value={mode} onChange={setMode} addLabel={t('activity.addMeasure')} removeLabel={t('activity.removeMeasure')} />
      <OptionalTextField
        label={t('activity.measureLabel')}
        value={measure}
        onChange={setMeasure}
        description={t('activity.measureHelp')}
        error={tried && value === '' ? t('required') : undefined}
      />
    </BulkEditDialog>
  );
}
