// TranslatableTextField: edits a translatable text (`Text`: a plain string in the register's default language, or
// language → text) of the draft at `path`. It always shows the default language; when the form's translation
// language is set (DraftFormProvider translationLanguage, chosen with TranslationLanguagePicker) the translation is
// edited beside the original. Emptying an optional text removes it; emptying a translation removes that language.
import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { textLanguages, withTranslation, type Text as RegisterText } from '../../../../shared/model/text.ts';
import { languageName } from '../../i18n/format.ts';
import { CharacterCount } from './CharacterCount.tsx';
import { useField } from './DraftFormContext.tsx';
import './form.css';

export type TranslatableTextFieldProps = {
  path: string;
  label: string;
  isRequired?: boolean;
  multiline?: boolean;
  rows?: number;
  description?: string;
  placeholder?: string;
  /** Keep the label for assistive technology only (rows of a list, where a heading says what they are). */
  labelHidden?: boolean;
  autoFocus?: boolean;
};

function original(text: RegisterText | undefined, defaultLanguage: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[defaultLanguage] ?? '';
}

export function TranslatableTextField(props: TranslatableTextFieldProps) {
  const field = useField<RegisterText>(props.path, props.label);
  const { t, i18n } = useTranslation('form');
  const { defaultLanguage, translationLanguage } = field;
  const text = field.value;
  const others = textLanguages(text, defaultLanguage).filter((language) => language !== defaultLanguage && language !== translationLanguage);

  const setOriginal = (value: string) => {
    const onlyDefault = text === undefined || typeof text === 'string' || Object.keys(text).every((language) => language === defaultLanguage);
    if (value === '' && props.isRequired !== true && onlyDefault) field.setValue(undefined);
    else field.setValue(withTranslation(text, defaultLanguage, value, defaultLanguage));
  };
  const setTranslation = (language: string, value: string) => {
    if (text === undefined && value === '') return;
    const next = withTranslation(text, language, value, defaultLanguage);
    field.setValue(next === '' && props.isRequired !== true ? undefined : next);
  };

  const labelClass = props.labelHidden === true ? 'field-label visually-hidden' : 'field-label';
  const control = (language: string, value: string, onChange: (value: string) => void, label: string, isOriginal: boolean) => (
    <AriaTextField
      className="field"
      value={value}
      onChange={onChange}
      onBlur={field.onBlur}
      isInvalid={isOriginal && field.error !== undefined}
      isRequired={isOriginal && props.isRequired === true}
      validationBehavior="aria"
      autoFocus={isOriginal && props.autoFocus === true}
    >
      <Label className={labelClass}>
        {label}
        {isOriginal && props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      {props.multiline === true ? (
        <TextArea
          lang={language}
          rows={props.rows ?? 2}
          placeholder={isOriginal ? props.placeholder : undefined}
          {...(isOriginal ? { ref: field.focusTarget } : {})}
        />
      ) : (
        <Input lang={language} placeholder={isOriginal ? props.placeholder : undefined} {...(isOriginal ? { ref: field.focusTarget } : {})} />
      )}
      {isOriginal && props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      {isOriginal && others.length > 0 && (
        <Text slot="description" className="field-description translation-note">
          {t('alsoIn', { languages: others.map((language) => languageName(language, i18n.language)).join(', ') })}
        </Text>
      )}
      <CharacterCount path={props.path} text={value} />
      {isOriginal && <FieldError className="field-error">{field.error}</FieldError>}
    </AriaTextField>
  );

  if (translationLanguage === null) {
    return control(defaultLanguage, original(text, defaultLanguage), setOriginal, props.label, true);
  }
  const translationLabel = t('translationLabel', { label: props.label, language: languageName(translationLanguage, i18n.language) });
  return (
    <div className="translatable-pair">
      {control(defaultLanguage, original(text, defaultLanguage), setOriginal, props.label, true)}
      {control(
        translationLanguage,
        typeof text === 'object' ? (text[translationLanguage] ?? '') : '',
        (value) => setTranslation(translationLanguage, value),
        translationLabel,
        false,
      )}
    </div>
  );
}
