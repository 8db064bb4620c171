// The Activities screen: the register's processing activities in a table first; opening a row (or "New activity")
// shows the activity editor beside the table, which keeps its scroll position, search, sort and filters. Rows can be
// selected for a bulk edit (bulk/ActivityBulkActions.tsx), which a notice then offers to undo.
// Routes: #/activities, #/activities/<id>, #/activities/new.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/index.ts';
import { BulkEditNotice } from '../../components/bulk-edit/index.ts';
import { countFindings, useFindingsByRecord, useRegisterCheck, type FindingCounts } from '../../components/findings/index.ts';
import { EmptyState, RegisterTable, ScreenHeader } from '../../components/index.ts';
import { today, useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { activityColumns, type ActivityRow } from './activityColumns.tsx';
import { ActivityEditorLoader } from './ActivityEditor.tsx';
import { ActivityBulkActions } from './bulk/ActivityBulkActions.tsx';
import { TemplatePickerButton } from './TemplatePicker.tsx';

const NO_ACTIVITIES: ActivityRow[] = [];
const NO_FINDINGS: FindingCounts = { error: 0, warning: 0, info: 0, accepted: 0 };

export function ActivitiesScreen({ id }: { id: string | null }) {
  const { t } = useTranslation(['activities', 'vocabulary']);
  const format = useFormat();
  const info = useRegister();
  const activities = useQuery('listActivities', {});
  const organisations = useQuery('listOrganisations', {});
  const check = useRegisterCheck(undefined, { enabled: activities.data !== undefined });

  // The organisations are read again after every save; the columns (and so the table's 10,000 rows) are made again
  // only when a name changed, not for every new copy of the same list.
  const organisationKey = JSON.stringify(
    (organisations.data ?? []).map((organisation) => [organisation.id, format.text(organisation.name, info.defaultLanguage)]),
  );
  const organisationNames = useMemo(() => new Map<string, string>(JSON.parse(organisationKey) as Array<[string, string]>), [organisationKey]);

  const columns = useMemo(
    () =>
      activityColumns({
        t,
        format,
        defaultLanguage: info.defaultLanguage,
        organisationName: (organisationId) => organisationNames.get(organisationId) ?? '',
        organisationNames: [...new Set(organisationNames.values())].sort(),
        today: today(),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, format.language, info.defaultLanguage, organisationNames],
  );

  // The rows wait for the organisations' names too: rows shown without them would be made again when they arrive.
  const organisationsKnown = organisations.data !== undefined || organisations.error !== undefined;
  // Each row carries its open findings, so the Checks column sorts and filters on what it shows.
  const findingsByRecord = useFindingsByRecord(check.data?.findings);
  const counts = useMemo(() => new Map([...findingsByRecord].map(([recordId, findings]) => [recordId, countFindings(findings)])), [findingsByRecord]);
  const rows = useMemo(
    () =>
      activities.data !== undefined && organisationsKnown
        ? activities.data.map((summary) => ({ ...summary, findings: counts.get(summary.id) ?? NO_FINDINGS }))
        : NO_ACTIVITIES,
    [activities.data, organisationsKnown, counts],
  );

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const revisions = useMemo(() => new Map((activities.data ?? []).map((summary) => [summary.id, summary.revision])), [activities.data]);
  const revisionOf = useCallback((activityId: string) => revisions.get(activityId), [revisions]);

  const newActivity = (
    <>
      <Button className="button button-primary" onPress={() => void navigate('activities', 'new')}>
        {t('newActivity')}
      </Button>
      <TemplatePickerButton />
    </>
  );

  return (
    <div className={`screen screen-split ${id === null ? '' : 'has-editor'}`}>
      <div className="split-table">
        <ScreenHeader title={t('title')} />
        {activities.error !== undefined && (
          <p className="inline-error" role="alert">
            {t('common:loadFailed', { message: activities.error.message })}
          </p>
        )}
        <RegisterTable
          label={t('tableLabel')}
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          onOpen={(row) => void navigate('activities', row.id)}
          activeId={id}
          searchLabel={t('search')}
          actions={info.readOnly ? undefined : newActivity}
          initialSorting={[{ id: 'reference', desc: false }]}
          initialHidden={['transfers', 'updated']}
          stateKey="activities"
          compactColumns={id === null ? undefined : ['reference', 'name', 'status', 'findings']}
          loading={rows === NO_ACTIVITIES && (activities.loading || organisations.loading)}
          countLabel={(shown, total) => t('count', { shown: format.number(shown), total: format.number(total), count: total })}
          rowClassName={(row) => (row.status === 'retired' ? 'is-retired' : undefined)}
          emptyMessage={<EmptyState title={t('empty')} />}
          noMatchesMessage={t('noMatches')}
          selection={{
            selected,
            onChange: setSelected,
            actions: <ActivityBulkActions selected={selected} revisionOf={revisionOf} />,
            rowName: (row) => `${row.reference} ${format.text(row.name, info.defaultLanguage)}`,
          }}
        />
        <BulkEditNotice recordType="activity" />
      </div>
      {id !== null && (
        <div className="split-editor">
          <ActivityEditorLoader key={id} id={id} />
        </div>
      )}
    </div>
  );
}
