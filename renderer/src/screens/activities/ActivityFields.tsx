// The compound parts of the activity editor: parties (joint controllers, controllers served), legal bases with
// detail, data categories (special flag, own retention), processors used (with "New processor…" in place),
// transfers as rows (country with adequacy status, recipient or processor, transfer tool, safeguards), and the DPIA.
import { useRef, useState } from 'react';
import { Button, Input, Label, Radio, RadioGroup, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Processor, Transfer } from '../../../../shared/model/records.ts';
import { displayText, type Text as RegisterText } from '../../../../shared/model/text.ts';
import { LEGAL_BASES, TRANSFER_MECHANISMS } from '../../../../shared/model/vocabulary.ts';
import { isSpecialCategory, type SuggestionIndex } from '../../../../shared/vocabularies/index.ts';
import { call } from '../../api/index.ts';
import {
  CheckboxField,
  CountryComboBox,
  CountryPicker,
  DateField,
  FormDialog,
  MultiSelectField,
  RowsField,
  SelectField,
  TextField,
  TranslatableTextField,
  notify,
  useField,
  useFormContext,
  type Option,
} from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { useSuggestions } from './useSuggestions.ts';
import { VocabularyTextField } from './VocabularyTextField.tsx';

const number = (index: number) => ({ number: index + 1 });

export function PartiesField(props: {
  path: 'jointControllers' | 'controllers';
  label: string;
  itemLabel: (index: number) => string;
  addLabel: string;
  isRequired: boolean;
}) {
  const { t } = useTranslation('activities');
  return (
    <RowsField<{ name: string; contact?: string }>
      path={props.path}
      label={props.label}
      itemLabel={props.itemLabel}
      addLabel={props.addLabel}
      isRequired={props.isRequired}
      newItem={() => ({ name: '' })}
      renderRow={(row, index) => (
        <>
          <TextField path={`${row}.name`} label={t('field.partyName')} isRequired labelHidden={index > 0} />
          <TextField path={`${row}.contact`} label={t('field.partyContact')} labelHidden={index > 0} />
        </>
      )}
    />
  );
}

export function LegalBasesField(props: { isRequired: boolean; description?: string | undefined }) {
  const { t } = useTranslation(['activities', 'vocabulary']);
  const options: Option[] = LEGAL_BASES.map((basis) => ({
    value: basis,
    label: `${t(`vocabulary:legalBasis.${basis}`)} — ${t(`vocabulary:legalBasisArticle.${basis}`)}`,
  }));
  return (
    <RowsField<{ basis: string }>
      path="legalBases"
      label={t('field.legalBases')}
      itemLabel={(index) => t('field.legalBasis', number(index))}
      addLabel={t('field.addLegalBasis')}
      isRequired={props.isRequired}
      {...(props.description === undefined ? {} : { description: props.description })}
      newItem={() => ({ basis: 'consent' })}
      renderRow={(row, index) => (
        <>
          <div className="grow-2">
            <SelectField path={`${row}.basis`} label={t('field.basis')} options={options} isRequired labelHidden={index > 0} />
          </div>
          <div className="grow-3">
            <TranslatableTextField path={`${row}.detail`} label={t('field.basisDetail')} labelHidden={index > 0} />
          </div>
        </>
      )}
    />
  );
}

export function DataCategoriesField() {
  const { t } = useTranslation('activities');
  const suggestions = useSuggestions('dataCategories');
  return (
    <RowsField<{ name: string }>
      path="dataCategories"
      label={t('field.dataCategories')}
      itemLabel={(index) => t('field.dataCategory', number(index))}
      addLabel={t('field.addDataCategory')}
      isRequired
      newItem={() => ({ name: '' })}
      renderRow={(row, index) => (
        <>
          <div className="grow-3">
            <CategoryNameField row={row} labelHidden={index > 0} suggestions={suggestions} />
          </div>
          <div className="grow-2">
            <TranslatableTextField path={`${row}.retention`} label={t('field.categoryRetention')} labelHidden={index > 0} />
          </div>
          <CheckboxField
            path={`${row}.special`}
            label={t('field.special')}
            uncheckedValue={undefined}
            className={`shrink ${index > 0 ? '' : 'first-row-checkbox'}`}
          />
        </>
      )}
    />
  );
}

/**
 * A data category's name, with suggestions. A name of Art. 9(1) or Art. 10, typed or chosen, marks the category special
 * by itself, so the register asks for its Art. 9(2) condition; a mark set this way goes again if the name changes to
 * an ordinary one, while a mark the person set stays.
 */
function CategoryNameField(props: { row: string; labelHidden: boolean; suggestions: SuggestionIndex }) {
  const { t } = useTranslation('activities');
  const { form, defaultLanguage } = useFormContext();
  const markedByName = useRef(false);
  const specialPath = `${props.row}.special`;
  const name = form.get(`${props.row}.name`) as RegisterText | undefined;
  const special = form.get(specialPath) === true;
  return (
    <>
      <VocabularyTextField
        path={`${props.row}.name`}
        label={t('field.categoryName')}
        suggestions={props.suggestions}
        isRequired
        labelHidden={props.labelHidden}
        onTextChange={(text, suggestion) => {
          const named = suggestion?.special === true || isSpecialCategory(text);
          if (named && form.get(specialPath) !== true) {
            form.set(specialPath, true);
            markedByName.current = true;
          } else if (!named && markedByName.current) {
            form.set(specialPath, undefined);
            markedByName.current = false;
          }
        }}
      />
      {special && isSpecialCategory(displayText(name, defaultLanguage, defaultLanguage)) && (
        <p className="category-special-note">{t('suggestions.specialNote')}</p>
      )}
    </>
  );
}

export function ProcessorsField(props: { options: Option[] }) {
  const { t } = useTranslation('activities');
  const { form } = useFormContext();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <MultiSelectField
        path="processorIds"
        label={t('field.processors')}
        addLabel={t('field.addProcessor')}
        description={t('field.processorsHelp')}
        emptyText={t('field.noProcessors')}
        options={props.options}
        after={
          <Button className="button button-small" onPress={() => setAdding(true)}>
            {t('field.newProcessor')}
          </Button>
        }
      />
      <NewProcessorDialog
        isOpen={adding}
        onOpenChange={setAdding}
        onCreated={(processor) => {
          const current = (form.get('processorIds') as string[] | undefined) ?? [];
          form.set('processorIds', [...current, processor.id]);
        }}
      />
    </>
  );
}

function NewProcessorDialog(props: { isOpen: boolean; onOpenChange: (open: boolean) => void; onCreated: (processor: Processor) => void }) {
  const { t } = useTranslation('activities');
  const info = useRegister();
  const format = useFormat();
  const [name, setName] = useState('');
  const [service, setService] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const nameError =
    tried && name.trim() === ''
      ? t('form:issue', { label: t('processorName'), message: t('validation:must not be empty', { keySeparator: false, nsSeparator: false }) })
      : undefined;
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) {
          setTried(false);
          setError(undefined);
        }
        props.onOpenChange(open);
      }}
      title={t('newProcessorTitle')}
      description={t('newProcessorDescription')}
      submitLabel={t('addProcessorButton')}
      error={error}
      onSubmit={async () => {
        setTried(true);
        if (name.trim() === '') return false;
        const result = await call('saveProcessor', {
          record: {
            name: name.trim(),
            ...(service.trim() === '' ? {} : { service: service.trim() }),
            ...(country === null ? {} : { country }),
          },
        });
        if (!result.ok) {
          setError(result.error.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ') ?? result.error.message);
          return false;
        }
        notify(t('processorAdded', { name: format.text(result.value.name, info.defaultLanguage) }));
        props.onCreated(result.value);
        setName('');
        setService('');
        setCountry(null);
        setTried(false);
        return true;
      }}
    >
      <AriaTextField className="field" value={name} onChange={setName} isRequired isInvalid={nameError !== undefined} validationBehavior="aria" autoFocus>
        <Label className="field-label">
          {t('processorName')}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </Label>
        <Input />
        {nameError !== undefined && <div className="field-error">{nameError}</div>}
      </AriaTextField>
      <AriaTextField className="field" value={service} onChange={setService}>
        <Label className="field-label">{t('processorService')}</Label>
        <Input />
      </AriaTextField>
      <CountryComboBox label={t('processorCountry')} value={country} onChange={setCountry} />
    </FormDialog>
  );
}

export function TransfersField(props: { processors: readonly Processor[] }) {
  const { t } = useTranslation(['activities', 'vocabulary']);
  const info = useRegister();
  const format = useFormat();
  const { form } = useFormContext();
  const processorOptions: Option[] = props.processors.map((processor) => ({
    value: processor.id,
    label: format.text(processor.name, info.defaultLanguage),
  }));
  const mechanismOptions: Option[] = TRANSFER_MECHANISMS.filter((mechanism) => mechanism !== 'privacy-shield').map((mechanism) => ({
    value: mechanism,
    label: t(`vocabulary:mechanism.${mechanism}`),
  }));
  return (
    <RowsField<Partial<Transfer>>
      path="transfers"
      label={t('field.transfers')}
      itemLabel={(index) => t('field.transfer', number(index))}
      addLabel={t('field.addTransfer')}
      emptyText={t('field.noTransfers')}
      layout="stacked"
      newItem={() => ({})}
      renderRow={(row, index, transfer) => {
        const label = (field: string) => t(field);
        // What is wrong with the tool (none where one is needed, Privacy Shield, …) the register checks say below the rows.
        const options =
          transfer.mechanism === 'privacy-shield'
            ? [...mechanismOptions, { value: 'privacy-shield', label: t('vocabulary:mechanism.privacy-shield') }]
            : mechanismOptions;
        return (
          <>
            <div className="field-row">
              <div className="grow-2">
                <CountryPicker path={`${row}.country`} label={label('field.country')} isRequired allowInternational />
              </div>
              <div className="grow-2">
                <SelectField
                  path={`${row}.processorId`}
                  label={label('field.transferProcessor')}
                  options={processorOptions}
                  emptyLabel={t('field.noProcessor')}
                  onChanged={(processorId) => {
                    // A processor with one known data location fills in the country.
                    const processor = props.processors.find((candidate) => candidate.id === processorId);
                    const location = processor?.dataLocations?.length === 1 ? processor.dataLocations[0] : processor?.country;
                    if (transfer.country === undefined && location !== undefined) form.set(`${row}.country`, location);
                  }}
                />
              </div>
            </div>
            <TranslatableTextField path={`${row}.recipient`} label={label('field.transferRecipient')} />
            <div className="field-row">
              <div className="grow-2">
                <SelectField path={`${row}.mechanism`} label={label('field.mechanism')} options={options} emptyLabel={t('field.noMechanism')} />
              </div>
              <div className="grow-3">
                <TranslatableTextField path={`${row}.safeguards`} label={label('field.safeguards')} multiline />
              </div>
            </div>
          </>
        );
      }}
    />
  );
}

export function DpiaFields() {
  const { t } = useTranslation('activities');
  const { form } = useFormContext();
  // Bound to `dpia` too, so that a finding about the DPIA can bring the keyboard here.
  const field = useField<{ required: boolean }>('dpia', t('field.dpia'));
  const dpia = form.get('dpia') as { required: boolean; reason?: unknown; reference?: string; completedOn?: string } | undefined;
  const value = dpia === undefined ? 'unknown' : dpia.required ? 'required' : 'not-required';
  return (
    <div className="dpia-fields">
      <RadioGroup
        className="field radio-group"
        value={value}
        orientation="horizontal"
        onChange={(next) => {
          if (next === 'unknown') form.set('dpia', undefined);
          else form.set('dpia', { ...(dpia ?? {}), required: next === 'required' });
        }}
      >
        <Label className="field-label">{t('field.dpia')}</Label>
        <div className="radio-options">
          {(
            [
              ['unknown', t('field.dpiaUnknown')],
              ['not-required', t('field.dpiaNotRequired')],
              ['required', t('field.dpiaRequired')],
            ] as const
          ).map(([key, label], index) => (
            <Radio key={key} value={key} className="radio" inputRef={index === 0 ? field.focusTarget : undefined}>
              <span>{label}</span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {dpia !== undefined && !dpia.required && (
        <TranslatableTextField path="dpia.reason" label={t('field.dpiaReason')} description={t('field.dpiaReasonHelp')} multiline />
      )}
      {dpia !== undefined && (
        <div className="field-row">
          <TextField path="dpia.reference" label={t('field.dpiaReference')} />
          <DateField path="dpia.completedOn" label={t('field.dpiaCompletedOn')} />
        </div>
      )}
    </div>
  );
}
