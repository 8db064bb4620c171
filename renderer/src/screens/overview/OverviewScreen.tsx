// The Overview: counts (activities by status and role, processors, organisations, transfers), the register's health
// (what the register checks find, and how complete each Art. 30 item is), and the latest changes from the audit log,
// each said as the History screen says it (components/history/), with a link to the whole history. On a register with
// no organisation yet it shows the first-run form instead (the organisation's details in one short form, or the demo
// register).
import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/index.ts';
import { useQuery } from '../../api/index.ts';
import { Badge, CountryStatusBadge, transferStatus, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { hrefFor } from '../../navigation/routing.ts';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES } from '../../../../shared/model/vocabulary.ts';
import { AUDIT_KINDS } from '../../../../shared/ipc/outputs.ts';
import { AuditSentence, deletedRecords, entryRecord, useChangedFields, useCurrentRecords, type RecordNames } from '../../components/history/index.ts';
import { FirstRun } from './FirstRun.tsx';
import { RegisterHealth } from './RegisterHealth.tsx';
import './overview.css';

export function OverviewScreen() {
  const { t } = useTranslation(['overview', 'vocabulary']);
  const info = useRegister();
  const organisations = useQuery('listOrganisations', {});
  if (organisations.data !== undefined && organisations.data.length === 0) return <FirstRun />;
  return (
    <div className="screen screen-scroll">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      <Dashboard />
    </div>
  );
}

function Dashboard() {
  const { t } = useTranslation(['overview', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const activities = useQuery('listActivities', {});
  const processors = useQuery('listProcessors', {});
  const organisations = useQuery('listOrganisations', {});
  // Every kind of change, but not the entries with which an upgraded register's history in full starts.
  const audit = useQuery('listAudit', { limit: 15, kinds: AUDIT_KINDS.filter((kind) => kind !== 'history-start') });

  const stats = useMemo(() => {
    const list = activities.data ?? [];
    const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, 0])) as Record<string, number>;
    const byRole = Object.fromEntries(ACTIVITY_ROLES.map((role) => [role, 0])) as Record<string, number>;
    const countries = new Set<string>();
    let withTransfers = 0;
    for (const activity of list) {
      byStatus[activity.status] = (byStatus[activity.status] ?? 0) + 1;
      byRole[activity.role] = (byRole[activity.role] ?? 0) + 1;
      if (activity.transferCountries.length > 0) withTransfers += 1;
      for (const country of activity.transferCountries) countries.add(country);
    }
    const withoutAdequacy = [...countries].filter((country) => {
      const status = transferStatus(country);
      return status === 'third-country' || status === 'dpf-only' || status === null;
    });
    return { total: list.length, byStatus, byRole, countries: [...countries], withTransfers, withoutAdequacy };
  }, [activities.data]);

  const processorStats = useMemo(() => {
    const list = processors.data ?? [];
    return {
      total: list.length,
      sub: list.filter((processor) => processor.parentId !== undefined && processor.parentId !== null).length,
      withoutContract: list.filter((processor) => (processor.kind ?? 'processor') === 'processor' && processor.dpa === undefined).length,
    };
  }, [processors.data]);

  // A record since deleted is named as the log last named it.
  const { records } = useCurrentRecords();
  const names = useMemo(() => ({ current: records, deleted: deletedRecords(audit.data ?? [], records) }), [records, audit.data]);

  return (
    <div className="overview">
      <section className="overview-cards" aria-label={t('title')}>
        <article className="card" aria-labelledby="card-activities">
          <h2 id="card-activities" className="card-title">
            <Link href={hrefFor('activities')} className="card-link">
              {t('activities')}
            </Link>
          </h2>
          <p className="card-number">{format.number(stats.total)}</p>
          <dl className="card-breakdown">
            {ACTIVITY_STATUSES.map((status) => (
              <div key={status}>
                <dt>{t(`vocabulary:status.${status}`)}</dt>
                <dd>{format.number(stats.byStatus[status] ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <dl className="card-breakdown">
            {ACTIVITY_ROLES.map((role) => (
              <div key={role}>
                <dt>{t(`vocabulary:role.${role}`)}</dt>
                <dd>{format.number(stats.byRole[role] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </article>
        <article className="card" aria-labelledby="card-processors">
          <h2 id="card-processors" className="card-title">
            <Link href={hrefFor('processors')} className="card-link">
              {t('processors')}
            </Link>
          </h2>
          <p className="card-number">{format.number(processorStats.total)}</p>
          <p className="card-line">{t('subProcessors', { count: processorStats.sub })}</p>
          {processorStats.withoutContract > 0 && (
            <p className="card-line">
              <Badge tone="warn">{t('withoutContract', { count: processorStats.withoutContract })}</Badge>
            </p>
          )}
        </article>
        <article className="card" aria-labelledby="card-transfers">
          <h2 id="card-transfers" className="card-title">
            <Link href={hrefFor('transfers')} className="card-link">
              {t('transfers')}
            </Link>
          </h2>
          <p className="card-number">{format.number(stats.countries.length)}</p>
          <p className="card-line">
            {t('destinations', { count: stats.countries.length })} {t('transferActivities', { count: stats.withTransfers })}
          </p>
          {stats.withoutAdequacy.length > 0 && (
            <p className="card-line">
              <Badge tone="warn">{t('withoutAdequacy', { count: stats.withoutAdequacy.length })}</Badge>
            </p>
          )}
          <ul className="card-countries">
            {stats.countries.slice(0, 8).map((country) => (
              <li key={country}>
                {format.country(country)} <CountryStatusBadge code={country} />
              </li>
            ))}
          </ul>
        </article>
        <article className="card" aria-labelledby="card-organisations">
          <h2 id="card-organisations" className="card-title">
            <Link href={hrefFor('organisations')} className="card-link">
              {t('organisations')}
            </Link>
          </h2>
          <p className="card-number">{format.number(organisations.data?.length ?? 0)}</p>
          <ul className="card-list">
            {(organisations.data ?? []).slice(0, 5).map((organisation) => (
              <li key={organisation.id}>
                {format.text(organisation.name, info.defaultLanguage)} · {format.country(organisation.country)}
              </li>
            ))}
          </ul>
        </article>
      </section>

      <div className="overview-columns">
        <RegisterHealth drafts={stats.byStatus['draft'] ?? 0} ready={activities.data !== undefined} />

        <section className="panel" aria-labelledby="changes-title">
          <h2 id="changes-title" className="panel-title">
            {t('latestChanges')}
          </h2>
          {(audit.data ?? []).length === 0 ? (
            <p className="muted">{t('noChanges')}</p>
          ) : (
            <table className="simple-table" aria-labelledby="changes-title">
              <thead>
                <tr>
                  <th scope="col">{t('when')}</th>
                  <th scope="col">{t('what')}</th>
                  <th scope="col">{t('fields')}</th>
                  <th scope="col">{t('who')}</th>
                </tr>
              </thead>
              <tbody>
                {(audit.data ?? []).map((entry) => (
                  <AuditRow key={entry.id} entry={entry} names={names} />
                ))}
              </tbody>
            </table>
          )}
          <p>
            <Link href={hrefFor('history')} className="text-link">
              {t('allChanges')}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}

function AuditRow({ entry, names }: { entry: AuditEntry; names: RecordNames }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  const changedFields = useChangedFields();
  const record = entryRecord(entry, names, t('common:unknownRecord'));
  return (
    <tr>
      <td className="nowrap">{format.dateTime(entry.at)}</td>
      <td>
        <AuditSentence entry={entry} label={record.label} href={record.href} />
      </td>
      <td className="audit-fields">{entry.action === 'update' ? changedFields(entry) : ''}</td>
      <td className="nowrap">{entry.actor}</td>
    </tr>
  );
}
