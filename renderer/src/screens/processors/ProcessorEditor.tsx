// The processor editor: kind, name, the processor that engaged it (a sub-processor's parent: never itself or one of
// its own sub-processors, so no loop can be chosen; a loop is refused here and by the register), service, address,
// country, data locations, contact, numbers and the Art. 28 contract (a "contract in place" tick, then its date and
// reference). Below the form: the activities that use the processor. Save and Ctrl/Cmd+S; Delete asks first and
// shows the register's refusal when activities or sub-processors still depend on it.
import { useCallback, useMemo } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { findProcessorCycle } from '../../../../shared/exchange/read.ts';
import { recordSchemas, type Processor } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { PROCESSOR_KINDS } from '../../../../shared/model/vocabulary.ts';
import { call, type ActivitySummary } from '../../api/index.ts';
import {
  CheckboxField,
  CountryListField,
  CountryPicker,
  DateField,
  EditorPanel,
  EditorSection,
  SelectField,
  TextAreaField,
  TextField,
  TranslatableTextField,
  TranslationLanguagePicker,
  EditorNotFound,
  useField,
  useReadyOnce,
  useRecordEditor,
  useSeed,
  type Option,
} from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmSimilarName } from '../../components/similarNamePrompt.tsx';
import { FieldFindings, RecordFindings, RecordFindingsProvider } from '../../components/findings/index.ts';
import { RecordHistoryTabs } from '../../components/history/index.ts';
import { useFieldFocusRequests } from '../../navigation/fieldFocus.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { hrefFor } from '../../navigation/routing.ts';
import type { ActivityRecords } from '../transfers/activityRecords.ts';
import { chainOf, selfAndDescendants, type ProcessorUse } from './processorTree.ts';
import { FillFromCatalogue } from './CatalogueChooser.tsx';
import { useProcessorFindings, type ProcessorForm } from './useProcessorFindings.ts';

export type { ProcessorForm };

/** What the form edits: a processor draft whose name may still be missing. */

/** Processors just created here, shown at once under their new id (the list reloads a moment later). */
const justSaved = new Map<string, Processor>();

export type ProcessorUsage = {
  records: ActivityRecords;
  /** The activities that use each processor (complete once `records.done`). */
  uses: ReadonlyMap<string, ProcessorUse[]>;
  summaries: readonly ActivitySummary[] | undefined;
};

export function ProcessorEditorLoader(props: {
  id: string;
  processors: readonly Processor[] | undefined;
  loading: boolean;
  /** For a new processor: the processor that engages it (Add sub-processor). */
  parentId: string | null;
  usage: ProcessorUsage;
}) {
  const { t } = useTranslation('processors');
  const { id, processors } = props;
  // A record just created here is shown at once; the seed is used once, then forgotten.
  const seed = useSeed(justSaved, id);
  // Start from a fresh list (not one cached from before a change), then keep the editor's own state.
  const ready = useReadyOnce(processors !== undefined && !props.loading);

  if (id === 'new') {
    if (processors === undefined) return <p className="loading">{t('common:loading')}</p>;
    const initial: ProcessorForm = { kind: 'processor', ...(props.parentId === null ? {} : { parentId: props.parentId }) };
    return <ProcessorEditor initial={initial} isNew processors={processors} usage={props.usage} />;
  }
  const record = (ready ? processors?.find((candidate) => candidate.id === id) : undefined) ?? seed;
  if (record !== undefined) return <ProcessorEditor initial={record} isNew={false} processors={processors ?? []} usage={props.usage} />;
  if (!ready) return <p className="loading">{t('common:loading')}</p>;
  return <EditorNotFound label={t('editorLabel')} title={t('notFound')} screen="processors" />;
}

function ProcessorEditor(props: { initial: ProcessorForm; isNew: boolean; processors: readonly Processor[]; usage: ProcessorUsage }) {
  const { initial, isNew, processors } = props;
  const { t } = useTranslation(['processors', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const language = info.defaultLanguage;
  const byId = useMemo(() => new Map(processors.map((processor) => [processor.id, processor])), [processors]);
  const nameOf = (record: { name?: ProcessorForm['name'] }) => displayText(record.name, language, language) || t('untitled');

  // The shared draft schema, and a loop in the chain of parents refused before the register is asked.
  const schema = useMemo(() => {
    const cycleMessage = t('cycle');
    const before = findProcessorCycle(processors);
    return recordSchemas(language).processorDraft.superRefine((value, context) => {
      const parentId = value.parentId ?? null;
      if (parentId === null || before !== undefined) return;
      const self = value.id ?? 'new';
      const links = [...processors.filter((processor) => processor.id !== self), { id: self, parentId }];
      if (parentId === self || findProcessorCycle(links) !== undefined) context.addIssue({ code: 'custom', path: ['parentId'], message: cycleMessage });
    });
  }, [language, processors, t]);

  const editor = useRecordEditor<ProcessorForm, Processor>({
    screen: 'processors',
    namespace: 'processors',
    justSaved,
    initial,
    isNew,
    schema,
    nameOf,
    save: (draft) => call('saveProcessor', { record: draft as Record<string, unknown> }),
    confirmSave: (draft, saved) => confirmSimilarName({ screen: 'processors', records: processors, defaultLanguage: language }, draft, saved),
  });
  const { form, translationLanguage, setTranslationLanguage } = editor;
  const draft = form.draft;
  const id = draft.id;
  const findings = useProcessorFindings(draft);
  const goToField = useCallback((field: string) => form.focusIssue(field), [form]);
  useFieldFocusRequests(id, true, goToField);

  // Parents on offer: every processor but this one and those below it, in tree order with their chain.
  const parentOptions = useMemo<Option[]>(() => {
    const excluded = id === undefined ? new Set<string>() : selfAndDescendants(id, processors);
    const name = (processor: Processor) => format.text(processor.name, language);
    return processors
      .filter((processor) => !excluded.has(processor.id))
      .map((processor) => {
        const chain = chainOf(processor, byId);
        return {
          sortKey: [...chain, processor].map(name).join('\u0000'),
          option: {
            value: processor.id,
            label: name(processor),
            ...(chain.length > 0 ? { description: t('subProcessorOf', { chain: chain.map(name).join(' › ') }) } : {}),
          },
        };
      })
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
      .map((entry) => entry.option);
    // format.text depends only on the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processors, byId, id, language, format.language, t]);

  const parent = draft.parentId ? byId.get(draft.parentId) : undefined;
  const uses = id === undefined ? [] : (props.usage.uses.get(id) ?? []);
  const children = id === undefined ? 0 : processors.filter((processor) => processor.parentId === id).length;

  const remove = () =>
    editor.remove({
      message: (name) => (
        <>
          <p>{t('deleteMessage', { name })}</p>
          {children > 0 && <p>{t('deleteHasChildren', { count: children })}</p>}
          {props.usage.records.done && uses.length > 0 && <p>{t('deleteInUse', { count: uses.length })}</p>}
        </>
      ),
      call: (id) => call('deleteProcessor', { id }),
    });

  const title = isNew
    ? parent !== undefined && initial.parentId === parent.id
      ? t('newSubTitle', { parent: nameOf(parent) })
      : t('newTitle')
    : nameOf(initial);
  const chain = parent === undefined ? [] : [...chainOf(parent, byId), parent];

  return (
    <RecordFindingsProvider findings={findings} canDecide={!isNew && !form.dirty && !info.readOnly} goTo={goToField}>
      <EditorPanel
        form={form}
        label={t('editorLabel')}
        title={title}
        subtitle={
          <>
            {!isNew && draft.revision !== undefined && <span>{t('revision', { revision: draft.revision })}</span>}
            {chain.length > 0 && <span>{t('subProcessorOf', { chain: chain.map((link) => nameOf(link)).join(' › ') })}</span>}
          </>
        }
        defaultLanguage={language}
        translationLanguage={translationLanguage}
        actions={
          isNew ? null : (
            <Button className="button button-danger-quiet" onPress={() => void remove()}>
              {t('delete')}
            </Button>
          )
        }
        onClose={editor.close}
      >
        <RecordHistoryTabs recordId={isNew ? undefined : id} form={form}>
          <RecordFindings />
          <div className="editor-tools">
            <TranslationLanguagePicker defaultLanguage={language} value={translationLanguage} onChange={setTranslationLanguage} />
            {isNew && <FillFromCatalogue />}
          </div>

          <EditorSection title={t('section.processor')} explanation={t('section.processorText')}>
            <SelectField
              path="kind"
              label={t('field.kind')}
              description={t('field.kindHelp')}
              options={PROCESSOR_KINDS.map((kind) => ({ value: kind, label: t(`vocabulary:processorKind.${kind}`) }))}
              placeholder={t('field.kindDefault')}
            />
            <TranslatableTextField path="name" label={t('field.name')} description={t('field.nameHelp')} isRequired autoFocus={isNew} />
            <FieldFindings paths={['name']} />
            <SelectField
              path="parentId"
              label={t('field.parent')}
              description={t('field.parentHelp')}
              emptyLabel={t('field.parentNone')}
              options={parentOptions}
            />
            <TranslatableTextField path="service" label={t('field.service')} description={t('field.serviceHelp')} multiline />
          </EditorSection>

          <EditorSection title={t('section.location')} explanation={t('section.locationText')}>
            <TextAreaField path="address" label={t('field.address')} rows={2} />
            <CountryPicker path="country" label={t('field.country')} description={t('field.countryHelp')} />
            <CountryListField
              path="dataLocations"
              label={t('field.dataLocations')}
              description={t('field.dataLocationsHelp')}
              addLabel={t('field.addDataLocation')}
            />
            <FieldFindings paths={['country', 'dataLocations']} />
            <CheckboxField path="dpfCertified" label={t('field.dpfCertified')} description={t('field.dpfCertifiedHelp')} uncheckedValue={undefined} />
          </EditorSection>

          <EditorSection title={t('section.identifiers')} explanation={t('section.identifiersText')}>
            <TextField path="contact" label={t('field.contact')} description={t('field.contactHelp')} />
            <div className="field-row">
              <TextField path="registrationNumber" label={t('field.registrationNumber')} />
              <TextField path="vatId" label={t('field.vatId')} />
            </div>
          </EditorSection>

          <EditorSection title={t('section.contract')} explanation={t('section.contractText')}>
            <ContractCheckbox label={t('field.dpa')} description={t('field.dpaHelp')} />
            {draft.dpa !== undefined && (
              <div className="field-row">
                <DateField path="dpa.signedOn" label={t('field.dpaSignedOn')} />
                <TextField path="dpa.reference" label={t('field.dpaReference')} description={t('field.dpaReferenceHelp')} />
              </div>
            )}
            <FieldFindings paths={['dpa']} />
          </EditorSection>

          {!isNew && (
            <EditorSection title={t('section.usedBy')} explanation={t('section.usedByText')}>
              <UsedBy uses={uses} usage={props.usage} />
            </EditorSection>
          )}
        </RecordHistoryTabs>
      </EditorPanel>
    </RecordFindingsProvider>
  );
}

/** The "contract (DPA) in place" tick: a `dpa` object present (even empty) means a contract exists. */
function ContractCheckbox(props: { label: string; description: string }) {
  const field = useField<Record<string, unknown>>('dpa', props.label);
  return (
    <div className="field checkbox-field">
      <Checkbox
        className="checkbox"
        isSelected={field.value !== undefined}
        onChange={(checked) => {
          field.setValue(checked ? (field.value ?? {}) : undefined);
          field.onBlur();
        }}
        isInvalid={field.error !== undefined}
        inputRef={field.focusTarget}
      >
        <span>{props.label}</span>
      </Checkbox>
      <span className="field-description checkbox-description">{props.description}</span>
      {field.error !== undefined && <div className="field-error">{field.error}</div>}
    </div>
  );
}

function UsedBy(props: { uses: ProcessorUse[]; usage: ProcessorUsage }) {
  const { t } = useTranslation('processors');
  const format = useFormat();
  const info = useRegister();
  const { records } = props.usage;
  const references = useMemo(() => new Map((props.usage.summaries ?? []).map((summary) => [summary.id, summary.reference])), [props.usage.summaries]);
  if (!records.done) {
    return (
      <p className="processor-usage-status" role="status">
        {t('usedBy.reading', { loaded: format.number(records.loaded), total: format.number(records.total) })}
      </p>
    );
  }
  const sorted = [...props.uses].sort((a, b) => (references.get(a.activity.id) ?? '').localeCompare(references.get(b.activity.id) ?? ''));
  return (
    <div className="processor-usage">
      {sorted.length === 0 ? (
        <p className="processor-usage-status">{t('usedBy.none')}</p>
      ) : (
        <>
          <p className="processor-usage-status">{t('usedBy.count', { count: sorted.length })}</p>
          <ul className="processor-usage-list">
            {sorted.map((use) => (
              <li key={use.activity.id}>
                <a className="processor-usage-link" href={hrefFor('activities', use.activity.id)}>
                  {references.has(use.activity.id) && <span className="mono">{references.get(use.activity.id)}</span>}{' '}
                  {format.text(use.activity.name, info.defaultLanguage)}
                </a>
                <span className="processor-usage-how">
                  {[use.asProcessor ? t('usedBy.asProcessor') : undefined, use.asTransfer ? t('usedBy.asTransfer') : undefined]
                    .filter((part) => part !== undefined)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {records.failures > 0 && <p className="processor-usage-status">{t('usedBy.failed', { count: records.failures })}</p>}
    </div>
  );
}
