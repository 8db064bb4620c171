// First run: a register without any organisation asks for the organisation's details in one short form (saved with
// saveOrganisation; the register's name with updateRegister), and offers the demo register to explore instead.
import { useState } from 'react';
import { Button, Input, Label, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordSchemas, type OrganisationDraft } from '../../../../shared/model/records.ts';
import { call, type OpenedFile, type Result } from '../../api/index.ts';
import {
  CountryPicker,
  DraftFormProvider,
  TextField,
  TranslatableTextField,
  notify,
  notifyFailure,
  useDraftForm,
  useIssueText,
  ScreenHeader,
} from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';

export function FirstRun() {
  const { t } = useTranslation('overview');
  const tf = useTranslation('form').t;
  const issueText = useIssueText();
  const info = useRegister();
  const format = useFormat();
  const [registerName, setRegisterName] = useState(info.name);
  const form = useDraftForm<OrganisationDraft>({
    initial: { name: '', country: '' } as unknown as OrganisationDraft,
    schema: recordSchemas(info.defaultLanguage).organisationDraft,
    onSave: async (draft) => {
      const record = { ...draft } as Record<string, unknown>;
      const dpo = record['dpo'] as Record<string, unknown> | undefined;
      if (dpo !== undefined && Object.keys(dpo).length === 0) delete record['dpo'];
      if (registerName.trim() !== '' && registerName.trim() !== info.name) {
        const renamed = await call('updateRegister', { name: registerName.trim() });
        if (!renamed.ok) return renamed;
      }
      return call('saveOrganisation', { record });
    },
    onSaved: (saved) => notify(t('organisationSaved', { name: format.text(saved.name, info.defaultLanguage) })),
  });

  const openDemo = async () => {
    const result: Result<OpenedFile> = await call('openDemo', {});
    if (!result.ok) notifyFailure(t('openDemo'), result.error);
  };

  return (
    <div className="screen screen-scroll">
      <ScreenHeader title={t('firstRunTitle')} />
      <div className="first-run">
        <form
          className="panel first-run-form"
          aria-label={t('setupLabel')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void form.save();
          }}
        >
          <p className="first-run-intro">{t('firstRunIntro')}</p>
          {form.attempted && form.issues.length > 0 && (
            <div className="error-summary" role="alert">
              <p className="error-summary-title">{tf('cannotSave', { count: form.issues.length })}</p>
              <ul>
                {form.orderedIssues().map((issue) => (
                  <li key={issue.path}>
                    <Button className="link-button" onPress={() => form.focusIssue(issue.path)}>
                      {tf('issue', { label: form.fieldFor(issue.path)?.label ?? issue.path, message: issueText(issue.message) })}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {form.saveError !== undefined && (
            <p className="inline-error" role="alert">
              {tf('saveFailed', { message: form.saveError.message })}
            </p>
          )}
          <AriaTextField className="field" value={registerName} onChange={setRegisterName}>
            <Label className="field-label">{t('registerName')}</Label>
            <Input />
          </AriaTextField>
          <DraftFormProvider form={form} defaultLanguage={info.defaultLanguage}>
            <h2 className="panel-subtitle">{t('organisationSection')}</h2>
            <TranslatableTextField path="name" label={t('orgName')} isRequired autoFocus />
            <div className="field-row">
              <TextField path="legalForm" label={t('legalForm')} />
              <TextField path="registrationNumber" label={t('registrationNumber')} />
              <TextField path="vatId" label={t('vatId')} />
            </div>
            <CountryPicker path="country" label={t('country')} isRequired showStatus={false} />
            <TextField path="address" label={t('address')} />
            <div className="field-row">
              <TextField path="email" label={t('email')} type="email" />
              <TextField path="phone" label={t('phone')} type="tel" />
              <TextField path="website" label={t('website')} type="url" />
            </div>
            <h2 className="panel-subtitle">{t('dpoSection')}</h2>
            <div className="field-row">
              <TextField path="dpo.name" label={t('dpoName')} />
              <TextField path="dpo.email" label={t('dpoEmail')} type="email" />
            </div>
          </DraftFormProvider>
          <div className="form-actions">
            <Button type="submit" className="button button-primary" isPending={form.saving}>
              {t('saveOrganisation')}
            </Button>
          </div>
        </form>
        <aside className="panel first-run-demo" aria-labelledby="demo-title">
          <h2 id="demo-title" className="panel-title">
            {t('orDemo')}
          </h2>
          <p>{t('orDemoText')}</p>
          <Button className="button" onPress={() => void openDemo()}>
            {t('openDemo')}
          </Button>
        </aside>
      </div>
    </div>
  );
}
