// A text of an activity's list field (a data category, data subject, recipient or security measure) that suggests
// texts as the person types: the register's own wording first, then the built-in list (useSuggestions.ts). Any other
// text may be typed too. A built-in text, chosen or typed, comes with its translations into the other languages of the
// documents (suggested-translations.ts). Bound to the draft like TranslatableTextField; while a translation is shown
// beside the original, it is that field (suggestions are in the default language only, so they would not help there).
import { useMemo, useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { textLanguages, type Text as RegisterText } from '../../../../shared/model/text.ts';
import type { Suggestion, SuggestionIndex } from '../../../../shared/vocabularies/index.ts';
import { withBuiltInTranslations } from '../../../../shared/vocabularies/suggested-translations.ts';
import { TranslatableTextField, useField } from '../../components/index.ts';
import { CharacterCount } from '../../components/form/CharacterCount.tsx';
import { languageName } from '../../i18n/format.ts';
import './suggestions.css';

/** As many as fit the popover without scrolling: more would be noise while typing. */
const SHOWN = 8;
/** Past this length a multiline text starts in a text area (one line of a narrow editor). */
const LONG = 70;

export type VocabularyTextFieldProps = {
  path: string;
  label: string;
  suggestions: SuggestionIndex;
  isRequired?: boolean;
  labelHidden?: boolean;
  /** For texts that may run long (security measures): a row that already holds a long text is edited in a text area. */
  multiline?: boolean;
  /** Every change of the text, with the suggestion when the text is one of those shown (chosen or typed in full). */
  onTextChange?: (text: string, suggestion: Suggestion | undefined) => void;
};

function original(text: RegisterText | undefined, defaultLanguage: string): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text[defaultLanguage] ?? '');
}

export function VocabularyTextField(props: VocabularyTextFieldProps) {
  const field = useField<RegisterText>(props.path, props.label);
  const { t, i18n } = useTranslation(['activities', 'form']);
  // Taken apart: the linter takes an object one of whose members is passed as a ref for a ref itself.
  const { defaultLanguage, translationLanguage, focusTarget, onBlur, error, setValue } = field;
  const text = field.value;
  const value = original(text, defaultLanguage);
  const items = useMemo(() => props.suggestions.suggest(value, SHOWN), [props.suggestions, value]);
  // Decided once, when the row appears: switching while the person types would take the keyboard away. Suggestions help
  // at the start of a text; a long one already written reads better wrapped.
  const [long] = useState(() => props.multiline === true && (value.length > LONG || value.includes('\n')));

  if (translationLanguage !== null || long) {
    return (
      <TranslatableTextField
        path={props.path}
        label={props.label}
        isRequired={props.isRequired ?? false}
        labelHidden={props.labelHidden ?? false}
        multiline={props.multiline ?? false}
      />
    );
  }

  const others = textLanguages(text, defaultLanguage).filter((language) => language !== defaultLanguage);
  const change = (next: string) => {
    setValue(withBuiltInTranslations(text, defaultLanguage, next, props.suggestions.translationsOf));
    props.onTextChange?.(
      next,
      items.find((item) => item.text === next),
    );
  };
  return (
    <ComboBox
      className="field combobox-field vocabulary-field"
      items={items}
      inputValue={value}
      onInputChange={change}
      allowsCustomValue
      // Opens on typing or ArrowDown, not on focus: Save gives focus to an empty required row, whose message the list
      // would cover.
      menuTrigger="input"
      onBlur={onBlur}
      isInvalid={error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
    >
      <Label className={props.labelHidden === true ? 'field-label visually-hidden' : 'field-label'}>
        {props.label}
        {props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <div className="combobox-control">
        <Input lang={defaultLanguage} ref={focusTarget} />
      </div>
      {others.length > 0 && (
        <Text slot="description" className="field-description translation-note">
          {t('form:alsoIn', { languages: others.map((language) => languageName(language, i18n.language)).join(', ') })}
        </Text>
      )}
      <CharacterCount path={props.path} text={value} />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" aria-label={t('suggestions.label', { field: props.label })}>
          {(item: Suggestion) => (
            <ListBoxItem id={item.text} textValue={item.text} className="listbox-item suggestion-item">
              <span className="suggestion-text">{item.text}</span>
              {item.special && <span className="badge badge-tone-warn">{t('suggestions.special')}</span>}
              {item.fromRegister && <span className="suggestion-origin">{t('suggestions.inRegister')}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
