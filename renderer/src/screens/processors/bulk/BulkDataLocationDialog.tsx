// Bulk action: add a country to the data locations of every selected processor (a provider opened a region), or
// remove it from them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddOrRemoveField, BulkEditDialog, type AddOrRemove } from '../../../components/bulk-edit/index.ts';
import { CountryComboBox } from '../../../components/index.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ProcessorBulkDialogProps } from './bulkDialog.ts';

export function BulkDataLocationDialog({ send, ...props }: ProcessorBulkDialogProps) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const [mode, setMode] = useState<AddOrRemove>('add');
  const [country, setCountry] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  return (
    <BulkEditDialog
      {...props}
      recordType="processor"
      title={t('processor.locationsTitle')}
      submitLabel={t('apply')}
      submit={async () => {
        setTried(true);
        if (country === null) return false;
        const change = mode === 'add' ? { addDataLocations: [country] } : { removeDataLocations: [country] };
        const name = format.country(country);
        return send(change, (count) =>
          t(mode === 'add' ? 'processor.locationAdded' : 'processor.locationRemoved', { count, shown: format.number(count), country: name }),
        );
      }}
    >
      <AddOrRemoveField value={mode} onChange={setMode} addLabel={t('processor.addLocation')} removeLabel={t('processor.removeLocation')} />
      <CountryComboBox
        label={t('processor.locationLabel')}
        value={country}
        onChange={setCountry}
        isRequired
        error={tried && country === null ? t('chooseOne') : undefined}
      />
    </BulkEditDialog>
  );
}
