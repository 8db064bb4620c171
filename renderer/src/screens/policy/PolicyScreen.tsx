// Privacy policy: the public notice (Art. 13/14) generated from the register, previewed live in the chosen
// language, with what needs fixing in the register (each warning a link to the record), what changed since the
// last published version, publishing, and export as HTML, Markdown or PDF.
import { useState } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { REPORT_LANGUAGES, isReportLanguage, type ReportLanguage } from '../../../../shared/report/languages.ts';
import { useQuery } from '../../api/index.ts';
import { EmptyState, ScreenHeader, SelectBox } from '../../components/index.ts';
import { DocumentFindings } from '../../components/findings/index.ts';
import { languageName, useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { PolicyChangesPanel } from './PolicyChangesPanel.tsx';
import { PolicyExport } from './PolicyExport.tsx';
import { PolicyPreview } from './PolicyPreview.tsx';
import { PolicyWarnings } from './PolicyWarnings.tsx';
import './policy.css';

export function PolicyScreen() {
  const { t, i18n } = useTranslation('policy');
  const format = useFormat();
  const info = useRegister();
  const organisations = useQuery('listOrganisations', {});
  const [language, setLanguage] = useState<ReportLanguage>(isReportLanguage(info.defaultLanguage) ? info.defaultLanguage : 'en');
  const [chosenOrganisation, setOrganisation] = useState<string | null>(null);
  const choices = organisations.data ?? [];
  const organisationId = chosenOrganisation ?? (choices.length > 1 ? (choices[0]?.id ?? null) : null);
  const request = { language, ...(organisationId === null ? {} : { organisationId }) };
  const preview = useQuery('previewPolicy', request, { enabled: choices.length > 0 });

  if (organisations.data !== undefined && choices.length === 0) {
    return (
      <div className="screen screen-scroll">
        <ScreenHeader title={t('title')} />
        <EmptyState title={t('noOrganisation')} />
      </div>
    );
  }
  return (
    <div className="screen policy-screen">
      <ScreenHeader title={t('title')} subtitle={t('intro')} />
      <div className="policy-toolbar">
        <ToggleButtonGroup
          aria-label={t('language')}
          className="policy-languages"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[language]}
          onSelectionChange={(keys) => {
            const [next] = [...keys];
            if (typeof next === 'string' && isReportLanguage(next)) setLanguage(next);
          }}
        >
          {REPORT_LANGUAGES.map((code) => (
            <ToggleButton key={code} id={code} className="button" aria-label={languageName(code, i18n.language)}>
              {languageName(code, code)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {choices.length > 1 && (
          <SelectBox
            label={t('organisation')}
            labelHidden
            options={choices.map((organisation) => ({ value: organisation.id, label: format.text(organisation.name, info.defaultLanguage) }))}
            value={organisationId}
            onChange={setOrganisation}
          />
        )}
        <PolicyExport request={request} />
      </div>
      {preview.error !== undefined && (
        <p className="inline-error" role="alert">
          {t('loadFailed', { message: preview.error.message })}
        </p>
      )}
      <div className="policy-layout">
        <div className="policy-preview-pane">
          {preview.data !== undefined ? <PolicyPreview policy={preview.data.policy} /> : <p className="loading">{t('common:loading')}</p>}
        </div>
        <aside className="policy-side" aria-label={t('sidePanel')}>
          {preview.data !== undefined && (
            <>
              <DocumentFindings organisationId={organisationId ?? undefined} className="panel" />
              <PolicyWarnings warnings={preview.data.policy.warnings} />
              <PolicyChangesPanel preview={preview.data} organisationId={organisationId} />
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
