// Country pickers. CountryComboBox: a searchable list of ISO countries with names in the UI language (type a name or
// a code), each showing whether data may go there freely: "EEA", "adequacy", "no adequacy" (from
// shared countryTransferStatus); optionally "INT" for an international organisation. CountryPicker binds it to a
// string of the draft at `path`; CountryListField edits a list of country codes as removable chips.
import { useMemo, useState, type ReactNode } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Tag, TagGroup, TagList, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../i18n/format.ts';
import { useField } from './DraftFormContext.tsx';
import { countryCodes, transferStatus } from './countries.ts';
import './form.css';

type CountryItem = { id: string; name: string; status: ReturnType<typeof transferStatus> };

function useCountryItems(allowInternational: boolean): CountryItem[] {
  const { i18n, t } = useTranslation('common');
  const language = i18n.language;
  const international = t('internationalOrganisation');
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    const items = countryCodes()
      .map((code) => ({ id: code, name: countryName(code, language), status: transferStatus(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    if (allowInternational) items.push({ id: 'INT', name: international, status: null });
    return items;
  }, [language, allowInternational, international]);
}

/** A small badge with the transfer status of a country: EEA, adequacy, DPF only, no adequacy. */
export function CountryStatusBadge({ code }: { code: string }) {
  const { t } = useTranslation('vocabulary');
  const status = transferStatus(code);
  if (status === null) return <span className="badge badge-neutral">{t('countryStatusShort.int')}</span>;
  return <span className={`badge badge-${status}`}>{t(`countryStatusShort.${status}`)}</span>;
}

export type CountryComboBoxProps = {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  allowInternational?: boolean;
  isRequired?: boolean;
  error?: string | undefined;
  description?: ReactNode;
  /** Codes not to offer (e.g. those already in a list). */
  exclude?: readonly string[];
  onBlur?: () => void;
  inputElement?: (element: HTMLElement | null) => void;
  placeholder?: string;
  className?: string;
  /** Empty the input after each choice (for adding to a list, where `value` stays null). */
  clearOnSelect?: boolean;
};

/** The picker itself, not bound to a form. */
export function CountryComboBox({ inputElement, ...props }: CountryComboBoxProps) {
  const { t } = useTranslation(['form', 'vocabulary']);
  const [typed, setTyped] = useState('');
  const controlledInput = props.clearOnSelect === true ? { inputValue: typed, onInputChange: setTyped } : {};
  const all = useCountryItems(props.allowInternational ?? false);
  const items = useMemo(() => (props.exclude === undefined ? all : all.filter((item) => !props.exclude?.includes(item.id))), [all, props.exclude]);
  const byName = useMemo(() => new Map(all.map((item) => [item.name, item.id])), [all]);
  const filter = (textValue: string, input: string) => {
    const query = input.trim().toLocaleLowerCase();
    if (query === '') return true;
    if (textValue.toLocaleLowerCase().includes(query)) return true;
    return byName.get(textValue)?.toLowerCase() === query;
  };
  return (
    <ComboBox
      className={`field combobox-field ${props.className ?? ''}`}
      defaultItems={items}
      value={props.value}
      onChange={(key) => {
        if (props.clearOnSelect === true) setTyped('');
        props.onChange(key === null ? null : String(key));
      }}
      {...controlledInput}
      defaultFilter={filter}
      onBlur={props.onBlur}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired ?? false}
      validationBehavior="aria"
      // Opens on typing, ArrowDown or the button; not on focus, which Save gives to a missing country: the list would
      // cover the field's message and hold the page until Escape.
      menuTrigger="input"
    >
      <Label className="field-label">
        {props.label}
        {props.isRequired === true && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <div className="combobox-control">
        <Input ref={inputElement} placeholder={props.placeholder ?? t('form:countryPlaceholder')} />
        <Button className="combobox-button" aria-label={t('form:showCountries')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {props.description !== undefined && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox country-listbox">
          {(item: CountryItem) => (
            <ListBoxItem className="listbox-item country-item" id={item.id} textValue={item.name}>
              <span className="country-item-name">{item.name}</span>
              <span className="country-item-code">{item.id === 'INT' ? '' : item.id}</span>
              <CountryStatusBadge code={item.id} />
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** A line under the picker saying what the chosen country means for a transfer. */
export function CountryStatusLine({ code }: { code: string | undefined }) {
  const { t } = useTranslation('vocabulary');
  if (code === undefined || code === '') return null;
  const status = transferStatus(code);
  return (
    <span className="country-status-line">
      <CountryStatusBadge code={code} /> {t(`countryStatusLong.${status ?? 'int'}`)}
    </span>
  );
}

/** A country code of the draft at `path`. */
export function CountryPicker(props: {
  path: string;
  label: string;
  isRequired?: boolean;
  allowInternational?: boolean;
  description?: string;
  /** Show what the country means for transfers under the field (on by default). */
  showStatus?: boolean;
}) {
  const field = useField<string>(props.path, props.label);
  const status = props.showStatus ?? true;
  return (
    <CountryComboBox
      label={props.label}
      value={field.value ?? null}
      onChange={(code) => field.setValue(code ?? undefined)}
      allowInternational={props.allowInternational ?? false}
      isRequired={props.isRequired ?? false}
      error={field.error}
      onBlur={field.onBlur}
      inputElement={field.focusTarget}
      description={status && field.value !== undefined ? <CountryStatusLine code={field.value} /> : props.description}
    />
  );
}

/** A list of country codes of the draft at `path` (e.g. a processor's data locations), as chips. */
export function CountryListField(props: { path: string; label: string; description?: string; addLabel?: string }) {
  const field = useField<string[]>(props.path, props.label);
  const { t, i18n } = useTranslation('form');
  const codes = field.value ?? [];
  const remove = (keys: Set<unknown>) => {
    const next = codes.filter((code) => !keys.has(code));
    field.setValue(next.length === 0 ? undefined : next);
  };
  return (
    <div className="field country-list-field" role="group" aria-label={props.label}>
      <TagGroup className="tag-group" onRemove={(keys) => remove(new Set(keys))}>
        <Label className="field-label">{props.label}</Label>
        <TagList
          className="tag-list"
          items={codes.map((code) => ({ id: code, name: countryName(code, i18n.language) }))}
          renderEmptyState={() => <span className="tag-empty">{t('noCountries')}</span>}
        >
          {(item) => (
            <Tag className="tag" id={item.id} textValue={item.name}>
              {item.name} <CountryStatusBadge code={item.id} />
              <Button slot="remove" className="tag-remove" aria-label={t('removeItem', { item: item.name })}>
                ×
              </Button>
            </Tag>
          )}
        </TagList>
      </TagGroup>
      <CountryComboBox
        className="country-list-add"
        label={props.addLabel ?? t('addCountry')}
        value={null}
        clearOnSelect
        exclude={codes}
        onChange={(code) => {
          if (code !== null && !codes.includes(code)) field.setValue([...codes, code]);
        }}
        onBlur={field.onBlur}
        inputElement={field.focusTarget}
        error={field.error}
        description={props.description}
      />
    </div>
  );
}
