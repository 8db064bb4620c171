// TranslationLanguagePicker: the "Show translation" drop-down of an editor (none, English, Ukrainian, Bulgarian,
// Slovenian, minus the register's default language). Pass its value to EditorPanel's translationLanguage.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/model/primitives.ts';
import { languageName } from '../i18n/format.ts';
import { SelectBox } from './form/SelectField.tsx';

const NONE = 'none';

export function TranslationLanguagePicker(props: {
  defaultLanguage: string;
  value: string | null;
  onChange: (language: string | null) => void;
  /** More languages than en, uk, bg, sl (e.g. those the register's texts already use). */
  extraLanguages?: readonly string[];
}) {
  const { t, i18n } = useTranslation('form');
  const languages = [...new Set([...LANGUAGES, ...(props.extraLanguages ?? [])])].filter((language) => language !== props.defaultLanguage);
  return (
    <SelectBox
      className="translation-picker"
      label={t('translation')}
      options={[
        { value: NONE, label: t('noTranslation') },
        ...languages.map((language) => ({ value: language, label: languageName(language, i18n.language) })),
      ]}
      value={props.value ?? NONE}
      onChange={(value) => props.onChange(value === NONE || value === null ? null : value)}
    />
  );
}
