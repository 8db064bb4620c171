// The preview of an activity template in the template picker: what the activity will hold once added (purposes, legal
// bases, data subjects, data categories with the special ones marked, retention with its source, the DPIA answer), so
// the DPO can tell whether it fits before adding it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionSummary, TemplateSummary } from '../../../../shared/templates/from-template.ts';

export function TemplatePreview({ template, language }: { template: TemplateSummary; language: string }) {
  const { t } = useTranslation(['activities', 'vocabulary']);
  return (
    <article className="template-preview" aria-label={t('templates.preview', { name: template.name })} lang={language}>
      <h3 className="template-preview-title">{template.name}</h3>
      <p className="template-preview-description">{template.description}</p>
      <PreviewList title={t('templates.purposes')} items={template.purposes} />
      <PreviewList
        title={t('templates.legalBases')}
        items={template.legalBases.map((entry) => (
          <>
            <span lang="en">{t(`vocabulary:legalBasis.${entry.basis}`)}</span>
            {entry.detail !== undefined && <span className="template-preview-detail"> — {entry.detail}</span>}
          </>
        ))}
      />
      <PreviewList title={t('templates.dataSubjects')} items={template.dataSubjects} />
      <PreviewList
        title={t('templates.dataCategories')}
        items={template.dataCategories.map((category) => (
          <>
            {category.name}
            {category.special && (
              <span className="badge badge-tone-warn template-special" lang="en">
                {t('templates.special')}
              </span>
            )}
            {category.retention !== undefined && (
              <div className="template-preview-category-retention">
                <RetentionText retention={category.retention} />
              </div>
            )}
          </>
        ))}
      />
      <section className="template-preview-section">
        <h4>{t('templates.retention')}</h4>
        <RetentionText retention={template.retention} />
      </section>
      <section className="template-preview-section">
        <h4>{t('templates.dpia')}</h4>
        <p>
          <strong lang="en">{template.dpia.required ? t('templates.dpiaRequired') : t('templates.dpiaNotRequired')}</strong>
          {template.dpia.reason !== '' && <> — {template.dpia.reason}</>}
        </p>
      </section>
    </article>
  );
}

function PreviewList({ title, items }: { title: string; items: readonly ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section className="template-preview-section">
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function RetentionText({ retention }: { retention: RetentionSummary }) {
  const { t } = useTranslation('activities');
  return (
    <>
      <p>{retention.text}</p>
      {retention.kind === 'period' ? (
        <p className="template-preview-source">
          {t('templates.retentionSource', { authority: retention.source.authority, reference: retention.source.reference })}
        </p>
      ) : (
        <p className="template-preview-source">
          <span lang="en">{t('templates.retentionToDecide')}</span> {retention.note}
        </p>
      )}
    </>
  );
}
