// Bulk action: add a processor of the register to every selected activity, or remove it from them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../api/index.ts';
import { AddOrRemoveField, BulkEditDialog, type AddOrRemove } from '../../../components/bulk-edit/index.ts';
import { SelectBox } from '../../../components/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useRegister } from '../../../navigation/RegisterContext.tsx';
import type { ActivityBulkDialogProps } from './bulkDialog.ts';

export function BulkProcessorDialog({ send, ...props }: ActivityBulkDialogProps) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const info = useRegister();
  const processors = useQuery('listProcessors', {}, { enabled: props.isOpen });
  const [mode, setMode] = useState<AddOrRemove>('add');
  const [processorId, setProcessorId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const options = (processors.data ?? [])
    .map((processor) => ({ value: processor.id, label: format.text(processor.name, info.defaultLanguage) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.language));
  const chosen = options.find((option) => option.value === processorId);
  return (
    <BulkEditDialog
      {...props}
      recordType="activity"
      title={t('activity.processorsTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        if (chosen === undefined) return false;
        const change = mode === 'add' ? { addProcessorIds: [chosen.value] } : { removeProcessorIds: [chosen.value] };
        return send(change, (count) =>
          t(mode === 'add' ? 'activity.processorAdded' : 'activity.processorRemoved', { count, shown: format.number(count), name: chosen.label }),
        );
      }}
    >
      <AddOrRemoveField value={mode} onChange={setMode} addLabel={t('activity.addProcessor')} removeLabel={t('activity.removeProcessor')} />
      <SelectBox
        label={t('activity.processorLabel')}
        options={options}
        value={processorId}
        onChange={setProcessorId}
        isRequired
        placeholder={t('choose')}
        error={tried && chosen === undefined ? t('chooseOne') : undefined}
        {...(processors.data !== undefined && options.length === 0 ? { description: t('activity.noProcessors') } : {})}
      />
    </BulkEditDialog>
  );
}
