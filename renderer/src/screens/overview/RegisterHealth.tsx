// The Overview's register-health panel: the open findings by severity (and how many are accepted), how complete each
// Art. 30(1) item is across the active activities, and the findings grouped by rule, each linking to the record and
// field it is about. What the register checks (shared/checks) find, at a glance.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemCompleteness } from '../../../../shared/checks/completeness.ts';
import { bySeverity, type Finding, type RuleId } from '../../../../shared/checks/findings.ts';
import { FindingCountsLine, FindingsList, SeverityBadge, countFindings, useRegisterCheck } from '../../components/findings/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';

export function RegisterHealth({ drafts, ready }: { drafts: number; /** The Overview's own counts are in. */ ready: boolean }) {
  const { t } = useTranslation(['overview', 'findings']);
  const format = useFormat();
  const info = useRegister();
  const check = useRegisterCheck(undefined, { enabled: ready });
  const findings = useMemo(() => check.data?.findings ?? [], [check.data]);
  const groups = useMemo(() => groupByRule(findings), [findings]);
  const counts = countFindings(findings);

  return (
    <section className="panel register-health" aria-labelledby="health-title">
      <h2 id="health-title" className="panel-title">
        {t('health.title')}
      </h2>
      {check.error !== undefined && <p className="inline-error">{t('common:loadFailed', { message: check.error.message })}</p>}
      <p className="health-counts">
        <FindingCountsLine counts={counts} />
        {check.data !== undefined && <span className="muted"> · {t('findings:asOf', { date: format.date(check.data.asOf) })}</span>}
      </p>
      {drafts > 0 && <p className="muted">{t('drafts', { count: drafts })}</p>}

      {check.data !== undefined && check.data.completeness[0] !== undefined && check.data.completeness[0].total > 0 && (
        <>
          <h3 className="panel-subtitle">{t('health.completeness')}</h3>
          <Completeness items={check.data.completeness} />
        </>
      )}

      <h3 className="panel-subtitle">{t('health.byRule')}</h3>
      {groups.length === 0 ? (
        <p className="muted">{check.data === undefined ? t('common:loading') : t('health.noFindings')}</p>
      ) : (
        <div className="health-groups">
          {groups.map((group) => (
            <details key={group.rule} className="health-group" data-rule={group.rule}>
              <summary className="health-group-summary">
                <SeverityBadge finding={group.findings[0] as Finding} />
                <span className="health-group-title">{t(`findings:rule.${group.rule}`)}</span>
                <span className="health-group-count">{format.number(group.open)}</span>
                {group.accepted > 0 && <span className="muted">{t('findings:count.accepted', { count: group.accepted })}</span>}
              </summary>
              <FindingsList findings={group.findings} showRecord canDecide={!info.readOnly} limit={8} label={t(`findings:rule.${group.rule}`)} />
            </details>
          ))}
        </div>
      )}
    </section>
  );
}

type RuleGroup = { rule: RuleId; findings: Finding[]; open: number; accepted: number };

/** One group per rule: the most serious open ones first, then by how many; accepted findings last within each. */
function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule) ?? { rule: finding.rule, findings: [], open: 0, accepted: 0 };
    group.findings.push(finding);
    if (finding.accepted === undefined) group.open += 1;
    else group.accepted += 1;
    groups.set(finding.rule, group);
  }
  const list = [...groups.values()];
  for (const group of list) group.findings.sort((a, b) => Number(a.accepted !== undefined) - Number(b.accepted !== undefined));
  return list.sort((a, b) => Number(a.open === 0) - Number(b.open === 0) || bySeverity(a.findings[0] as Finding, b.findings[0] as Finding) || b.open - a.open);
}

function Completeness({ items }: { items: readonly ItemCompleteness[] }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  return (
    <table className="simple-table completeness-table">
      <thead>
        <tr>
          <th scope="col">{t('health.item')}</th>
          <th scope="col">{t('health.state')}</th>
          <th scope="col" className="numeric">
            {t('health.complete')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const answered = item.recorded + item.confirmedNone;
          const percent = item.total === 0 ? 100 : Math.round((answered / item.total) * 100);
          return (
            <tr key={item.item} className={item.gaps > 0 ? 'has-gaps' : undefined}>
              <th scope="row" className="completeness-item">
                ({item.item}) {t(`health.items.${item.item}`)}
              </th>
              <td>
                <span className="completeness-bar" aria-hidden="true">
                  <span className="completeness-fill" style={{ width: `${percent}%` }} />
                </span>
                <span className="completeness-detail">
                  {t('health.recorded', { count: item.recorded, total: item.total })}
                  {item.confirmedNone > 0 && ` · ${t('health.confirmedNone', { count: item.confirmedNone })}`}
                  {item.gaps > 0 && ` · ${t('health.gaps', { count: item.gaps })}`}
                </span>
              </td>
              <td className="numeric">{format.number(percent)} %</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
