// The register report's choices: language, organisation (when the register holds more than one), drafts, and, where
// the host has no native save dialog (the browser), the path of the PDF. Enter creates the report; while it is made
// the choices stay on screen, greyed, above the progress bar and its Cancel.
import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { REPORT_LANGUAGES, isReportLanguage, type ReportLanguage } from '../../../../shared/report/languages.ts';
import { useQuery } from '../../api/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import { SelectBox } from '../../components/form/SelectField.tsx';
import { languageName, useFormat } from '../../i18n/format.ts';
import { DocumentFindings } from '../../components/findings/index.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ReportRunning } from './ReportOutcome.tsx';
import { clearReportResult, startReport, type ReportJob } from './reportJob.ts';

function languageLabel(code: ReportLanguage, uiLanguage: string): string {
  const inUi = languageName(code, uiLanguage);
  const own = languageName(code, code);
  return inUi === own ? inUi : `${inUi} — ${own}`;
}

export function RegisterReportForm({ job, onClose }: { job: ReportJob; onClose: () => void }) {
  const { t, i18n } = useTranslation('reports');
  const format = useFormat();
  const info = useRegister();
  const organisations = useQuery('listOrganisations', {});
  const current = useQuery('currentFile', {});
  const askPath = current.data !== undefined && !current.data.nativeDialogs;
  const [language, setLanguage] = useState<ReportLanguage>(isReportLanguage(info.defaultLanguage) ? info.defaultLanguage : 'en');
  const [chosenOrganisation, setOrganisationId] = useState<string | null>(null);
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [path, setPath] = useState('');
  const [tried, setTried] = useState(false);
  const changed = () => {
    setTried(false);
    clearReportResult();
  };

  const running = job.status === 'running';
  const failed = job.status === 'failed' ? job : undefined;
  const pathError = tried && askPath && path.trim() === '' ? t('registerReport.pathRequired') : failed?.field === 'path' ? failed.message : undefined;
  const choices = organisations.data ?? [];
  // A report is the register of one controller (Art. 30(1)): with several organisations, one is chosen.
  const organisationId = chosenOrganisation ?? (choices.length > 1 ? (choices[0]?.id ?? null) : null);
  return (
    <Form
      className="report-form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (running) return;
        setTried(true);
        if (askPath && path.trim() === '') return;
        void startReport({
          language,
          includeDrafts,
          ...(organisationId === null ? {} : { organisationId }),
          ...(askPath ? { path: path.trim() } : {}),
        });
      }}
    >
      {/* Disabled, not removed, while the report is made: a failure comes back to the choices as they were. */}
      <fieldset className="report-fields" disabled={running}>
        <SelectBox
          label={t('registerReport.language')}
          options={REPORT_LANGUAGES.map((code) => ({ value: code, label: languageLabel(code, i18n.language) }))}
          value={language}
          onChange={(value) => {
            if (value !== null && isReportLanguage(value)) setLanguage(value);
            changed();
          }}
          description={t('registerReport.languageHelp')}
        />
        {choices.length > 1 && (
          <SelectBox
            label={t('registerReport.organisation')}
            options={choices.map((organisation) => ({ value: organisation.id, label: format.text(organisation.name, info.defaultLanguage) }))}
            value={organisationId}
            description={t('registerReport.organisationHelp')}
            onChange={(value) => {
              setOrganisationId(value);
              changed();
            }}
          />
        )}
        <div className="field checkbox-field">
          <Checkbox
            className="checkbox"
            isSelected={includeDrafts}
            onChange={(selected) => {
              setIncludeDrafts(selected);
              changed();
            }}
          >
            <span>{t('registerReport.includeDrafts')}</span>
          </Checkbox>
          <span className="field-description checkbox-description">{t('registerReport.includeDraftsHelp')}</span>
        </div>
        {askPath && (
          <PlainTextField
            label={t('registerReport.path')}
            value={path}
            onChange={(value) => {
              setPath(value);
              changed();
            }}
            error={pathError}
            description={t('registerReport.pathHelp')}
          />
        )}
      </fieldset>
      {!running && <DocumentFindings organisationId={organisationId ?? undefined} onLeave={onClose} className="report-findings" />}
      {failed !== undefined && failed.field !== 'path' && (
        <p className="dialog-error" role="alert">
          {t('registerReport.failed', { message: failed.message })}
        </p>
      )}
      {job.status === 'running' ? (
        <ReportRunning progress={job.progress} />
      ) : (
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" className="button button-primary" autoFocus>
            {askPath ? t('registerReport.create') : t('registerReport.createAndSave')}
          </Button>
        </div>
      )}
    </Form>
  );
}
