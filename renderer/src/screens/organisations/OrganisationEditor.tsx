// The organisation editor: the controller's identity (name, legal form, numbers, address, country), its public
// contact details, DPO, Art. 27 representative, supervisory authority and the channels its privacy policy covers.
// Validates with the shared organisationDraft schema as you go (messages next to the field, also those the backend
// returns); Save and Ctrl/Cmd+S; Delete asks first and shows the register's refusal when activities still use it.
import { useCallback, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { recordSchemas, type Organisation, type OrganisationDraft } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { call, useQuery } from '../../api/index.ts';
import {
  CountryPicker,
  EditorPanel,
  EditorSection,
  TextAreaField,
  TextField,
  TextListField,
  TranslatableTextField,
  TranslationLanguagePicker,
  EditorNotFound,
  useReadyOnce,
  useRecordEditor,
  useSeed,
} from '../../components/index.ts';
import { FieldFindings, RecordFindings, RecordFindingsProvider } from '../../components/findings/index.ts';
import { RecordHistoryTabs } from '../../components/history/index.ts';
import { useFieldFocusRequests } from '../../navigation/fieldFocus.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { useOrganisationFindings } from './useOrganisationFindings.ts';
import { withoutEmptyGroups } from './emptyGroups.ts';

/** What the form edits: an organisation draft whose required fields may still be missing. */
export type OrganisationForm = Omit<OrganisationDraft, 'name' | 'country'> & {
  name?: OrganisationDraft['name'];
  country?: string;
};

/** Organisations just created here, shown at once under their new id (the list reloads a moment later). */
const justSaved = new Map<string, Organisation>();

export function OrganisationEditorLoader(props: { id: string; organisations: readonly Organisation[] | undefined; loading: boolean }) {
  const { t } = useTranslation('organisations');
  const { id, organisations } = props;
  // A record just created here is shown at once; the seed is used once, then forgotten.
  const seed = useSeed(justSaved, id);
  // Start from a fresh list (not one cached from before a change), then keep the editor's own state.
  const ready = useReadyOnce(organisations !== undefined && !props.loading);

  if (id === 'new') return <OrganisationEditor initial={{}} isNew />;
  const record = (ready ? organisations?.find((candidate) => candidate.id === id) : undefined) ?? seed;
  if (record !== undefined) return <OrganisationEditor initial={record} isNew={false} />;
  if (!ready) return <p className="loading">{t('common:loading')}</p>;
  return <EditorNotFound label={t('editorLabel')} title={t('notFound')} screen="organisations" />;
}

function OrganisationEditor({ initial, isNew }: { initial: OrganisationForm; isNew: boolean }) {
  const { t } = useTranslation('organisations');
  const info = useRegister();
  const language = info.defaultLanguage;
  const schema = useMemo(() => z.preprocess((value) => withoutEmptyGroups(value as OrganisationForm), recordSchemas(language).organisationDraft), [language]);
  const activities = useQuery('listActivities', {});

  const nameOf = (record: OrganisationForm) => displayText(record.name, language, language) || t('untitled');

  const editor = useRecordEditor<OrganisationForm, Organisation>({
    screen: 'organisations',
    namespace: 'organisations',
    justSaved,
    initial,
    isNew,
    schema,
    nameOf,
    save: (draft) => call('saveOrganisation', { record: withoutEmptyGroups(draft) as Record<string, unknown> }),
  });
  const { form, translationLanguage, setTranslationLanguage } = editor;
  const draft = form.draft;
  const id = draft.id;
  const findings = useOrganisationFindings(draft);
  const goToField = useCallback((field: string) => form.focusIssue(field), [form]);
  useFieldFocusRequests(id, true, goToField);
  const usedBy = id === undefined ? 0 : (activities.data ?? []).filter((activity) => activity.organisationId === id).length;

  const remove = () =>
    editor.remove({
      message: (name) => (
        <>
          <p>{t('deleteMessage', { name })}</p>
          {usedBy > 0 && <p>{t('deleteInUse', { count: usedBy })}</p>}
        </>
      ),
      call: (id) => call('deleteOrganisation', { id }),
    });

  return (
    <RecordFindingsProvider findings={findings} canDecide={!isNew && !form.dirty && !info.readOnly} goTo={goToField}>
      <EditorPanel
        form={form}
        label={t('editorLabel')}
        title={isNew ? t('newTitle') : nameOf(initial)}
        subtitle={isNew || draft.revision === undefined ? undefined : <span>{t('revision', { revision: draft.revision })}</span>}
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
          </div>

          <EditorSection title={t('section.organisation')} explanation={t('section.organisationText')}>
            <TranslatableTextField path="name" label={t('field.name')} description={t('field.nameHelp')} isRequired autoFocus={isNew} />
            <div className="field-row">
              <TextField path="legalForm" label={t('field.legalForm')} description={t('field.legalFormHelp')} />
              <TextField path="registrationNumber" label={t('field.registrationNumber')} description={t('field.registrationNumberHelp')} />
              <TextField path="vatId" label={t('field.vatId')} />
            </div>
            <TextAreaField path="address" label={t('field.address')} description={t('field.addressHelp')} rows={2} />
            <CountryPicker path="country" label={t('field.country')} isRequired showStatus={false} />
            <FieldFindings paths={['address']} />
          </EditorSection>

          <EditorSection title={t('section.contact')} explanation={t('section.contactText')}>
            <div className="field-row">
              <TextField path="email" label={t('field.email')} type="email" />
              <TextField path="phone" label={t('field.phone')} type="tel" />
            </div>
            {/* eslint-disable-next-line no-restricted-syntax -- the start of every web address, the same in every language */}
            <TextField path="website" label={t('field.website')} type="url" placeholder="https://" />
          </EditorSection>

          <EditorSection title={t('section.dpo')} explanation={t('section.dpoText')}>
            <div className="field-row">
              <TextField path="dpo.name" label={t('field.dpoName')} />
              <TextField path="dpo.email" label={t('field.dpoEmail')} type="email" />
              <TextField path="dpo.phone" label={t('field.dpoPhone')} type="tel" />
            </div>
            <TextAreaField path="dpo.address" label={t('field.dpoAddress')} rows={2} />
            <FieldFindings paths={['dpo']} />
          </EditorSection>

          <EditorSection title={t('section.representative')} explanation={t('section.representativeText')}>
            <div className="field-row">
              <TextField path="representative.name" label={t('field.representativeName')} description={t('field.representativeNameHelp')} />
              <TextField path="representative.email" label={t('field.representativeEmail')} type="email" />
            </div>
            <TextAreaField path="representative.address" label={t('field.representativeAddress')} rows={2} />
            <FieldFindings paths={['representative']} />
          </EditorSection>

          <EditorSection title={t('section.authority')} explanation={t('section.authorityText')}>
            <TranslatableTextField path="supervisoryAuthority.name" label={t('field.authorityName')} description={t('field.authorityNameHelp')} />
            <TranslatableTextField path="supervisoryAuthority.address" label={t('field.authorityAddress')} multiline />
            <div className="field-row">
              <TextField path="supervisoryAuthority.phone" label={t('field.authorityPhone')} description={t('field.authorityPhoneHelp')} type="tel" />
              <TextField path="supervisoryAuthority.email" label={t('field.authorityEmail')} type="email" />
              <TextField path="supervisoryAuthority.website" label={t('field.authorityWebsite')} type="url" />
            </div>
          </EditorSection>

          <EditorSection title={t('section.channels')} explanation={t('section.channelsText')}>
            <TextListField
              path="channels"
              label={t('field.channels')}
              itemLabel={(index) => t('field.channel', { number: index + 1 })}
              addLabel={t('field.addChannel')}
              emptyText={t('field.noChannels')}
            />
          </EditorSection>

          <EditorSection title={t('section.security')} explanation={t('section.securityText')}>
            <TextListField
              path="securityMeasures"
              label={t('field.securityMeasures')}
              itemLabel={(index) => t('field.securityMeasure', { number: index + 1 })}
              addLabel={t('field.addSecurityMeasure')}
              emptyText={t('field.noSecurityMeasures')}
              multiline
            />
            <TextListField
              path="publicSecurityMeasures"
              label={t('field.publicSecurityMeasures')}
              description={t('field.publicSecurityMeasuresHelp')}
              itemLabel={(index) => t('field.publicSecurityMeasure', { number: index + 1 })}
              addLabel={t('field.addPublicSecurityMeasure')}
              emptyText={t('field.noPublicSecurityMeasures')}
              multiline
            />
          </EditorSection>
        </RecordHistoryTabs>
      </EditorPanel>
    </RecordFindingsProvider>
  );
}
