// The register checks' findings a merge would add, shown in its preview before anything is written: importing an
// existing register brings its gaps with it, and the DPO sees them before choosing to apply.
import { useTranslation } from 'react-i18next';
import type { MergePreview } from '../../api/index.ts';
import { SeverityBadge } from '../../components/findings/SeverityBadge.tsx';

export function MergeFindings({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation('import');
  if (preview.newFindingCount === 0) return null;
  const more = preview.newFindingCount - preview.newFindings.length;
  return (
    <section className="merge-findings" aria-labelledby="merge-findings-title">
      <h3 className="merge-findings-title" id="merge-findings-title">
        {t('findingsAdded.title', { count: preview.newFindingCount })}
      </h3>
      <p className="import-description">{t('findingsAdded.description')}</p>
      <ul className="merge-findings-list">
        {preview.newFindings.map((finding) => (
          <li key={finding.key} className="merge-finding">
            <SeverityBadge finding={finding} />
            <span className="merge-finding-record">{finding.record.name}</span>
            <span className="merge-finding-message">{finding.message}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="import-description">{t('findingsAdded.more', { count: more })}</p>}
    </section>
  );
}
