// Since the last published version: the material changes (new purposes, recipients, transfers, data categories,
// longer retention: WP260 asks that people be told before they take effect), the text changes line by line, and
// Publish, which records the next version in every language.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { MaterialChange } from '../../../../shared/policy/policy-facts.ts';
import { call, type PolicyPreview } from '../../api/index.ts';
import { confirmAction, notify, notifyFailure } from '../../components/index.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { PolicyBlocked } from './PolicyBlocked.tsx';

function useMaterialLabel() {
  const { t } = useTranslation('policy');
  return (change: MaterialChange) =>
    change.kind === 'retention' ? t(change.retention === 'longer' ? 'changes.retentionLonger' : 'changes.retentionChanged') : t(`changes.kind.${change.kind}`);
}

export function PolicyChangesPanel({ preview, organisationId }: { preview: PolicyPreview; organisationId: string | null }) {
  const { t, i18n } = useTranslation('policy');
  const label = useMaterialLabel();
  const { since, material, text } = preview.changes;
  const unchanged = since !== null && material.length === 0 && text.length === 0;
  const [blocked, setBlocked] = useState<readonly Finding[] | null>(null);

  /** Publishes, unless errors in what the policy publishes hold it back (then they are shown, with "Publish anyway"). */
  const record = async (ignoreChecks: boolean) => {
    const request = { language: preview.policy.language, ignoreChecks, ...(organisationId === null ? {} : { organisationId }) };
    const result = await call('publishPolicy', request);
    if (!result.ok) notifyFailure(t('publish.failed'), result.error);
    else if ('blocked' in result.value) setBlocked(result.value.blocked);
    else {
      setBlocked(null);
      notify(t('publish.done', { version: result.value.version }), { tone: 'success' });
    }
  };

  const publish = async () => {
    const next = (since?.version ?? 0) + 1;
    const choice = await confirmAction({
      title: t('publish.confirmTitle', { version: next }),
      message: material.length > 0 ? t('publish.confirmMaterial', { count: material.length }) : t('publish.confirmMessage'),
      confirmLabel: t('publish.confirm'),
    });
    if (choice !== 'confirm') return;
    await record(false);
  };

  return (
    <section className="panel policy-changes" aria-labelledby="policy-changes-title">
      <h2 className="panel-title" id="policy-changes-title">
        {since === null ? t('changes.neverPublished') : t('changes.since', { version: since.version, date: formatDateTime(since.publishedAt, i18n.language) })}
      </h2>
      {unchanged && <p className="muted">{t('changes.none')}</p>}
      {material.length > 0 && (
        <div className="policy-material" role="group" aria-label={t('changes.materialTitle')}>
          <h3 className="policy-material-title">{t('changes.materialTitle')}</h3>
          <p className="muted">{t('changes.materialHelp')}</p>
          <ul>
            {material.map((change, index) => (
              <li key={index}>
                <strong>{label(change)}:</strong> {change.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {text.length > 0 && (
        <details className="policy-diff">
          <summary>{t('changes.textTitle')}</summary>
          <div className="policy-diff-lines" aria-label={t('changes.textTitle')}>
            {text
              .filter((part) => part.kind !== 'unchanged')
              .flatMap((part, partIndex) =>
                part.lines.map((line, index) => (
                  <div key={`${partIndex}-${index}`} className={`policy-diff-line policy-diff-${part.kind}`}>
                    <span aria-hidden="true">{part.kind === 'added' ? '+ ' : '− '}</span>
                    <span className="visually-hidden">{part.kind === 'added' ? t('changes.added') : t('changes.removed')}</span>
                    {line}
                  </div>
                )),
              )}
          </div>
        </details>
      )}
      <div className="policy-actions">
        <Button className="button button-primary" onPress={() => void publish()} isDisabled={unchanged}>
          {t('publish.button', { version: (since?.version ?? 0) + 1 })}
        </Button>
      </div>
      <PolicyBlocked action="publish" findings={blocked} onClose={() => setBlocked(null)} onExportAnyway={() => record(true)} />
    </section>
  );
}
