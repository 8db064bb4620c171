// "Save this mapping as": the name the mapping is kept under in the register when the import is applied, to be offered
// again for the next file with the same columns. Optional (an empty name saves nothing), so not the app's
// PlainTextField, which is always required; the same look, from the form styles (loaded with the panel's SelectBox).
import { Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function MappingNameField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('import');
  return (
    <TextField className="field mapping-name" value={props.value} onChange={props.onChange} maxLength={200}>
      <Label className="field-label">{t('mapping.saveAs')}</Label>
      <Input />
      <Text slot="description" className="field-description">
        {t('mapping.saveAsHelp')}
      </Text>
    </TextField>
  );
}
