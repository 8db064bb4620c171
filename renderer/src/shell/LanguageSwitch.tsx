// The interface language switch at the foot of the sidebar: "As the system (…)" and the four languages, each named in
// itself so a person finds their own whatever language the interface is in now.
import { useTranslation } from 'react-i18next';
import { INTERFACE_LANGUAGES, NATIVE_LANGUAGE_NAMES, interfaceLanguageOf, isInterfaceLanguage } from '../../../shared/interface/languages.ts';
import type { InterfaceLanguage } from '../../../shared/interface/languages.ts';
import { SelectBox } from '../components/form/SelectField.tsx';

const SYSTEM = 'system';

export function LanguageSwitch(props: { chosen: InterfaceLanguage | null; onChoose: (language: InterfaceLanguage | null) => void }) {
  const { t } = useTranslation('shell');
  const system = interfaceLanguageOf(null, navigator.languages);
  return (
    <SelectBox
      className="language-switch"
      label={t('language.label')}
      options={[
        { value: SYSTEM, label: t('language.system', { language: NATIVE_LANGUAGE_NAMES[system] }) },
        ...INTERFACE_LANGUAGES.map((language) => ({ value: language, label: NATIVE_LANGUAGE_NAMES[language] })),
      ]}
      value={props.chosen ?? SYSTEM}
      onChange={(value) => props.onChoose(isInterfaceLanguage(value) ? value : null)}
    />
  );
}
