// The activity editor: every field of an activity of the exchange format, in sections in the order of Art. 30(1)
// (each titled with its letter and one plain line), then automated decisions, DPIA, publication, status, owner and
// review dates. Validates with the shared activityDraft schema as you go; Save, Ctrl/Cmd+S; Duplicate, Retire
// (offered again before Delete), Delete with a confirmation that names what goes.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Processor, ProcessingActivity, ProcessingActivityDraft } from '../../../../shared/model/records.ts';
import { recordSchemas } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { chainAbove } from '../../../../shared/model/processor-chain.ts';
import { defaultNextReview } from '../../../../shared/model/dates.ts';
import { call, useQuery } from '../../api/index.ts';
import {
  CheckboxField,
  CheckboxGroupField,
  DateField,
  EditorPanel,
  EditorSection,
  RadioGroupField,
  SelectField,
  TextField,
  TextListField,
  TranslatableTextField,
  TranslationLanguagePicker,
  EditorNotFound,
  confirmDiscardChanges,
  notify,
  notifyFailure,
  useReadyOnce,
  useRecordEditor,
  useSeed,
  type Option,
} from '../../components/index.ts';
import { FieldFindings, RecordFindings, RecordFindingsProvider } from '../../components/findings/index.ts';
import { RecordHistoryTabs } from '../../components/history/index.ts';
import { confirmSimilarName } from '../../components/similarNamePrompt.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useFieldFocusRequests } from '../../navigation/fieldFocus.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, SPECIAL_CATEGORY_CONDITIONS, type ConfirmableItem } from '../../../../shared/model/vocabulary.ts';
import { DataCategoriesField, DpiaFields, LegalBasesField, PartiesField, ProcessorsField, TransfersField } from './ActivityFields.tsx';
import { AutomatedDecisionFields } from './AutomatedDecisionFields.tsx';
import { ConfirmedNoneField } from './ConfirmedNoneField.tsx';
import { VocabularyListField } from './VocabularyListField.tsx';
import { useActivityFindings } from './useActivityFindings.ts';

/** Records just created here, so the editor can show them at once under their new id without a reload flash. */
const justSaved = new Map<string, ProcessingActivity>();
/** Copies just made with Duplicate: the name of the activity each was copied from (the copy has the same name). */
const copiedFrom = new Map<string, string>();

export function ActivityEditorLoader({ id }: { id: string }) {
  const { t } = useTranslation('activities');
  const isNew = id === 'new';
  // A record just created or copied here is shown at once; the seed is used once, then forgotten.
  const seed = useSeed(justSaved, id);
  const copyOf = useSeed(copiedFrom, id);
  const record = useQuery('getActivity', { id: isNew ? '00000000-0000-0000-0000-000000000000' : id }, { enabled: !isNew && seed === undefined });
  const organisations = useQuery('listOrganisations', {});
  // Wait for a fresh answer (not a cached one from before a change) before the editor starts from it; once started,
  // the editor keeps its own state, so later reloads (after its own saves) do not reset it.
  const ready = useReadyOnce(record.data !== undefined && !record.loading);

  if (isNew) {
    if (organisations.data === undefined) return <p className="loading">{t('common:loading')}</p>;
    const first = organisations.data[0]?.id;
    const draft = {
      ...(first === undefined ? {} : { organisationId: first }),
      role: 'controller',
      name: '',
      purposes: [],
      dataSubjects: [],
      dataCategories: [],
      public: false,
      status: 'draft',
    } as unknown as ProcessingActivityDraft;
    return <ActivityEditor initial={draft} isNew />;
  }
  if (seed !== undefined) return <ActivityEditor initial={seed} isNew={false} copyOf={copyOf} />;
  if (ready && record.data !== undefined) return <ActivityEditor initial={record.data} isNew={false} copyOf={copyOf} />;
  if (record.error !== undefined) {
    return (
      <EditorNotFound
        label={t('editorLabel')}
        title={record.error.code === 'not-found' ? t('notFound') : t('loadFailed', { message: record.error.message })}
        screen="activities"
      />
    );
  }
  return <p className="loading">{t('common:loading')}</p>;
}

function ActivityEditor({ initial, isNew, copyOf }: { initial: ProcessingActivityDraft; isNew: boolean; copyOf?: string | undefined }) {
  const { t } = useTranslation(['activities', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const schema = recordSchemas(info.defaultLanguage).activityDraft;
  const summaries = useQuery('listActivities', {});
  const organisations = useQuery('listOrganisations', {});
  const processors = useQuery('listProcessors', {});

  // A copy has the original's name: say that this is the copy, until it is saved.
  const [copyNotice, setCopyNotice] = useState(copyOf !== undefined);
  const nameOf = (record: { name: ProcessingActivityDraft['name'] }) => displayText(record.name, info.defaultLanguage, info.defaultLanguage) || t('untitled');

  const editor = useRecordEditor<ProcessingActivityDraft, ProcessingActivity>({
    screen: 'activities',
    namespace: 'activities',
    justSaved,
    initial,
    isNew,
    schema,
    nameOf,
    save: (draft) => call('saveActivity', { record: draft as unknown as Record<string, unknown> }),
    onSaved: () => setCopyNotice(false),
    confirmSave: (draft, saved) => confirmSimilarName({ screen: 'activities', records: summaries.data, defaultLanguage: info.defaultLanguage }, draft, saved),
  });
  const { form, translationLanguage, setTranslationLanguage } = editor;
  const draft = form.draft;
  const id = draft.id;
  const reference = summaries.data?.find((summary) => summary.id === id)?.reference;
  const findings = useActivityFindings(draft, reference);
  const goToField = useCallback((field: string) => form.focusIssue(field), [form]);
  useFieldFocusRequests(id, true, goToField);
  const recorded = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
  // Setting the last review proposes the next one a year later, while none is set.
  const setDefaultNextReview = (last: string | undefined) => {
    const next = defaultNextReview(last, form.get('nextReviewOn') as string | undefined);
    if (next !== undefined) form.set('nextReviewOn', next);
  };

  const organisationOptions: Option[] = (organisations.data ?? []).map((organisation) => ({
    value: organisation.id,
    label: format.text(organisation.name, info.defaultLanguage),
  }));

  const processorOptions = useProcessorOptions(processors.data ?? [], info.defaultLanguage);

  const setStatus = async (status: 'retired' | 'active') => {
    if (id === undefined) return;
    if (form.dirty && !(await confirmDiscardChanges())) return;
    const result = await call('setActivityStatus', { id, status });
    if (!result.ok) return notifyFailure(t('actionFailed'), result.error);
    form.reset(result.value);
    notify(t(status === 'retired' ? 'retired' : 'reactivated', { name: nameOf(result.value) }));
  };

  const duplicate = async () => {
    if (id === undefined) return;
    if (form.dirty && !(await confirmDiscardChanges())) return;
    const result = await call('duplicateActivity', { id });
    if (!result.ok) return notifyFailure(t('actionFailed'), result.error);
    justSaved.set(result.value.id, result.value);
    copiedFrom.set(result.value.id, nameOf(result.value));
    notify(t('duplicated', { name: nameOf(result.value) }));
    void navigate('activities', result.value.id, { force: true });
  };

  const remove = () =>
    editor.remove({
      message: (name) => (
        <>
          <p>{t('deleteMessage', { name, reference: reference ?? '' })}</p>
          {draft.status !== 'retired' && <p>{t('deleteRetireHint')}</p>}
        </>
      ),
      call: (id) => call('deleteActivity', { id }),
      failedTitle: t('actionFailed'),
      ...(draft.status !== 'retired' ? { secondary: { label: t('retireInstead'), choose: () => setStatus('retired') } } : {}),
    });

  const actions = isNew ? null : (
    <>
      <Button className="button" onPress={() => void duplicate()}>
        {t('duplicate')}
      </Button>
      {draft.status === 'retired' ? (
        <Button className="button" onPress={() => void setStatus('active')}>
          {t('reactivate')}
        </Button>
      ) : (
        <Button className="button" onPress={() => void setStatus('retired')}>
          {t('retire')}
        </Button>
      )}
      <Button className="button button-danger-quiet" onPress={() => void remove()}>
        {t('delete')}
      </Button>
    </>
  );

  const role = draft.role;
  const confirmed = (item: ConfirmableItem) => draft.confirmedNone?.includes(item) === true;
  const sections = ['general', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'other'] as const;
  const statusTone = draft.status;
  const number = (index: number) => ({ number: index + 1 });

  return (
    <RecordFindingsProvider findings={findings} canDecide={!isNew && !form.dirty && !info.readOnly} goTo={goToField}>
      <EditorPanel
        form={form}
        label={t('editorLabel')}
        title={isNew ? t('newTitle') : nameOf(initial)}
        subtitle={
          isNew ? undefined : (
            <>
              {reference !== undefined && <span className="mono">{reference}</span>}
              <span className={`status-text status-${statusTone}`}>{t(`vocabulary:status.${draft.status}`)}</span>
              {draft.revision !== undefined && <span>{t('revision', { revision: draft.revision })}</span>}
            </>
          )
        }
        defaultLanguage={info.defaultLanguage}
        translationLanguage={translationLanguage}
        actions={actions}
        notice={copyNotice && copyOf !== undefined ? t('copyNotice', { name: copyOf }) : undefined}
        onClose={editor.close}
      >
        <RecordHistoryTabs recordId={isNew ? undefined : draft.id} form={form}>
          <RecordFindings />
          <div className="editor-tools">
            <TranslationLanguagePicker defaultLanguage={info.defaultLanguage} value={translationLanguage} onChange={setTranslationLanguage} />
            <nav className="section-jump" aria-label={t('jumpTo')}>
              {sections.map((section) => (
                <a
                  key={section}
                  href={`#section-${section}`}
                  className="section-jump-link"
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`activity-section-${section}`)?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {section === 'general' ? t('section.general') : section === 'other' ? '…' : t(`section.letter.${section}`)}
                </a>
              ))}
            </nav>
          </div>

          <EditorSection id="activity-section-general" title={t('section.general')} explanation={t('section.generalText')}>
            <TranslatableTextField path="name" label={t('field.name')} isRequired autoFocus={isNew} />
            <FieldFindings paths={['name']} />
            <TranslatableTextField path="description" label={t('field.description')} multiline />
            <TranslatableTextField path="publicDescription" label={t('field.publicDescription')} description={t('field.publicDescriptionHelp')} multiline />
            <TranslatableTextField path="notes" label={t('field.notes')} description={t('field.notesHelp')} multiline />
          </EditorSection>

          <EditorSection id="activity-section-a" title={t('section.a')} explanation={t('section.aText')}>
            <SelectField path="organisationId" label={t('field.organisation')} options={organisationOptions} isRequired />
            <RadioGroupField
              path="role"
              label={t('field.role')}
              isRequired
              options={ACTIVITY_ROLES.map((value) => ({ value, label: t(`vocabulary:role.${value}`), description: t(`vocabulary:roleDescription.${value}`) }))}
            />
            {(role === 'joint-controller' || (draft.jointControllers?.length ?? 0) > 0) && (
              <PartiesField
                path="jointControllers"
                label={t('field.jointControllers')}
                itemLabel={(index) => t('field.jointController', number(index))}
                addLabel={t('field.addJointController')}
                isRequired={role === 'joint-controller'}
              />
            )}
            {/* Offered to a controller deciding alone; kept on screen while ticked, so that it can be unticked. */}
            {((role === 'controller' && (draft.jointControllers?.length ?? 0) === 0) || confirmed('jointControllers')) && (
              <ConfirmedNoneField item="jointControllers" label={t('field.noJointControllers')} recorded={(draft.jointControllers?.length ?? 0) > 0} />
            )}
            {(role === 'processor' || (draft.controllers?.length ?? 0) > 0) && (
              <PartiesField
                path="controllers"
                label={t('field.controllers')}
                itemLabel={(index) => t('field.controller', number(index))}
                addLabel={t('field.addController')}
                isRequired={role === 'processor'}
              />
            )}
          </EditorSection>

          <EditorSection id="activity-section-b" title={t('section.b')} explanation={t('section.bText')}>
            <TextListField
              path="purposes"
              label={t('field.purposes')}
              itemLabel={(index) => t('field.purpose', number(index))}
              addLabel={t('field.addPurpose')}
              isRequired
              multiline
            />
            <FieldFindings paths={['purposes']} />
            <LegalBasesField isRequired={role !== 'processor'} description={role === 'processor' ? t('field.legalBasesProcessor') : undefined} />
            <CheckboxGroupField
              path="specialCategoryConditions"
              label={t('field.specialConditions')}
              description={t('field.specialConditionsHelp')}
              columns={2}
              options={SPECIAL_CATEGORY_CONDITIONS.map((value) => ({ value, label: t(`vocabulary:specialCondition.${value}`) }))}
            />
            <FieldFindings paths={['legalBases', 'specialCategoryConditions']} />
          </EditorSection>

          <EditorSection id="activity-section-c" title={t('section.c')} explanation={t('section.cText')}>
            <VocabularyListField
              vocabulary="dataSubjects"
              path="dataSubjects"
              label={t('field.dataSubjects')}
              itemLabel={(index) => t('field.dataSubject', number(index))}
              addLabel={t('field.addDataSubject')}
              isRequired
            />
            <FieldFindings paths={['dataSubjects']} />
            <DataCategoriesField />
            <FieldFindings paths={['dataCategories']} />
            {!confirmed('sources') && (
              <TextListField
                path="sources"
                label={t('field.sources')}
                description={t('field.sourcesHelp')}
                itemLabel={(index) => t('field.source', number(index))}
                addLabel={t('field.addSource')}
              />
            )}
            <ConfirmedNoneField item="sources" label={t('field.noSources')} recorded={recorded(draft.sources)} description={t('field.noSourcesHelp')} />
            <FieldFindings paths={['sources']} />
          </EditorSection>

          <EditorSection id="activity-section-d" title={t('section.d')} explanation={t('section.dText')}>
            {!confirmed('recipients') && (
              <VocabularyListField
                vocabulary="recipients"
                path="recipients"
                label={t('field.recipients')}
                description={t('field.recipientsHelp')}
                itemLabel={(index) => t('field.recipient', number(index))}
                addLabel={t('field.addRecipient')}
              />
            )}
            <ConfirmedNoneField item="recipients" label={t('field.noRecipients')} recorded={recorded(draft.recipients)} />
            <FieldFindings paths={['recipients']} />
            {!confirmed('processors') && <ProcessorsField options={processorOptions} />}
            <ConfirmedNoneField item="processors" label={t('field.noProcessorsConfirmed')} recorded={recorded(draft.processorIds)} />
            <FieldFindings paths={['processorIds']} />
          </EditorSection>

          <EditorSection id="activity-section-e" title={t('section.e')} explanation={t('section.eText')}>
            {!confirmed('transfers') && <TransfersField processors={processors.data ?? []} />}
            <ConfirmedNoneField
              item="transfers"
              label={t('field.noTransfersConfirmed')}
              recorded={recorded(draft.transfers)}
              description={t('field.noTransfersHelp')}
            />
            <FieldFindings paths={['transfers']} />
          </EditorSection>

          <EditorSection id="activity-section-f" title={t('section.f')} explanation={t('section.fText')}>
            <TranslatableTextField
              path="retention"
              label={t('field.retention')}
              multiline
              isRequired={draft.status !== 'draft'}
              placeholder={t('field.retentionPlaceholder')}
            />
            <FieldFindings paths={['retention']} />
          </EditorSection>

          <EditorSection id="activity-section-g" title={t('section.g')} explanation={t('section.gText')}>
            <VocabularyListField
              vocabulary="securityMeasures"
              path="securityMeasures"
              label={t('field.securityMeasures')}
              itemLabel={(index) => t('field.securityMeasure', number(index))}
              addLabel={t('field.addSecurityMeasure')}
              multiline
            />
            <FieldFindings paths={['securityMeasures']} />
          </EditorSection>

          <EditorSection id="activity-section-other" title={t('section.other')} explanation={t('section.otherText')}>
            {!confirmed('automatedDecisions') && (
              <TranslatableTextField
                path="automatedDecisions"
                label={t('field.automatedDecisions')}
                description={t('field.automatedDecisionsHelp')}
                multiline
              />
            )}
            {!confirmed('automatedDecisions') && <AutomatedDecisionFields />}
            <ConfirmedNoneField
              item="automatedDecisions"
              label={t('field.noAutomatedDecisions')}
              recorded={draft.automatedDecisions !== undefined || draft.automatedDecisionMaking !== undefined}
            />
            <DpiaFields />
            <FieldFindings paths={['dpia']} />
            <CheckboxField
              path="public"
              label={t('field.public')}
              variant="switch"
              description={role === 'processor' ? t('field.publicProcessor') : t('field.publicHelp')}
            />
            <RadioGroupField
              path="status"
              label={t('field.status')}
              isRequired
              description={t('field.statusHelp')}
              options={ACTIVITY_STATUSES.map((value) => ({ value, label: t(`vocabulary:status.${value}`) }))}
            />
            <div className="field-row">
              <TextField path="owner" label={t('field.owner')} description={t('field.ownerHelp')} />
              <DateField path="lastReviewedOn" label={t('field.lastReviewedOn')} onCommit={setDefaultNextReview} />
              <DateField path="nextReviewOn" label={t('field.nextReviewOn')} />
            </div>
            <FieldFindings paths={['nextReviewOn', 'lastReviewedOn']} />
          </EditorSection>
        </RecordHistoryTabs>
      </EditorPanel>
    </RecordFindingsProvider>
  );
}

/** Processor choices with their chain ("sub-processor of A › B") and country, in tree order. */
function useProcessorOptions(processors: readonly Processor[], defaultLanguage: string): Option[] {
  const { t } = useTranslation('activities');
  const format = useFormat();
  return useMemo(() => {
    const byId = new Map(processors.map((processor) => [processor.id, processor]));
    const name = (processor: Processor) => format.text(processor.name, defaultLanguage);
    return processors
      .map((processor) => {
        const chain = chainAbove(processor, byId);
        const parts = [
          chain.length > 0 ? t('field.subProcessorOf', { chain: chain.map(name).join(' › ') }) : undefined,
          processor.country !== undefined ? format.country(processor.country) : undefined,
        ].filter((part): part is string => part !== undefined);
        return {
          sortKey: [...chain, processor].map(name).join('\u0000'),
          option: { value: processor.id, label: name(processor), ...(parts.length > 0 ? { description: parts.join(' · ') } : {}) },
        };
      })
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
      .map((entry) => entry.option);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processors, defaultLanguage, format.language, t]);
}
