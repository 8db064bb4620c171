// The severity of a finding at a glance: Error (red), Warning (amber), Note (blue); "Accepted" once a person has
// decided to live with it.
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../../shared/checks/findings.ts';
import { Badge } from '../bits.tsx';
import type { FindingCounts } from './useRegisterCheck.ts';

const TONE = { error: 'bad', warning: 'warn', info: 'info' } as const;

export function SeverityBadge({ finding }: { finding: Pick<Finding, 'severity' | 'accepted'> }) {
  const { t } = useTranslation('findings');
  if (finding.accepted !== undefined) return <Badge tone="muted">{t('acceptedBadge')}</Badge>;
  return <Badge tone={TONE[finding.severity]}>{t(`severity.${finding.severity}`)}</Badge>;
}

/** "2 errors · 1 warning · 3 notes", only the severities present; "No findings" when none is open. */
export function FindingCountsLine({ counts, className }: { counts: FindingCounts; className?: string }) {
  const { t } = useTranslation('findings');
  const parts = (['error', 'warning', 'info'] as const satisfies readonly Severity[])
    .filter((severity) => counts[severity] > 0)
    .map((severity) => (
      <span key={severity} className={`finding-count finding-count-${severity}`}>
        {t(`count.${severity}`, { count: counts[severity] })}
      </span>
    ));
  return (
    <span className={`finding-counts ${className ?? ''}`}>
      {parts.length === 0 ? <span className="finding-count finding-count-none">{t('noOpenFindings')}</span> : parts}
      {counts.accepted > 0 && <span className="finding-count finding-count-accepted">{t('count.accepted', { count: counts.accepted })}</span>}
    </span>
  );
}
