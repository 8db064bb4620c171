// Bulk action: one kind of recipient (processor, joint or independent controller) for every selected processor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCESSOR_KINDS, type ProcessorKind } from '../../../../../shared/model/vocabulary.ts';
import { BulkEditDialog } from '../../../components/bulk-edit/index.ts';
import { SelectBox } from '../../../components/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ProcessorBulkDialogProps } from './bulkDialog.ts';

export function BulkKindDialog({ send, ...props }: ProcessorBulkDialogProps) {
  const { t } = useTranslation(['bulk', 'vocabulary']);
  const format = useFormat();
  const [kind, setKind] = useState<ProcessorKind | null>(null);
  const [tried, setTried] = useState(false);
  return (
    <BulkEditDialog
      {...props}
      recordType="processor"
      title={t('processor.kindTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        if (kind === null) return false;
        const label = t(`vocabulary:processorKind.${kind}`);
        return send({ kind }, (count) => t('processor.kindSet', { count, shown: format.number(count), kind: label }));
      }}
    >
      <SelectBox
        label={t('processor.kindLabel')}
        options={PROCESSOR_KINDS.map((value) => ({ value, label: t(`vocabulary:processorKind.${value}`) }))}
        value={kind}
        onChange={(value) => setKind(PROCESSOR_KINDS.find((known) => known === value) ?? null)}
        error={tried && kind === null ? t('chooseOne') : undefined}
        isRequired
        placeholder={t('choose')}
      />
    </BulkEditDialog>
  );
}
