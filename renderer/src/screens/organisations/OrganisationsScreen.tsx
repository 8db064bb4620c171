// The Organisations screen: the controllers the register covers, in a table (name, legal form, country, registration
// number, DPO, email, how many activities belong to each); opening a row or "New organisation" shows the editor
// beside the table. Routes: #/organisations, #/organisations/<id>, #/organisations/new.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/model/records.ts';
import { useQuery } from '../../api/index.ts';
import { CellText, EmptyState, RegisterTable, type RegisterColumn, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { OrganisationEditorLoader } from './OrganisationEditor.tsx';
import './organisations.css';

/** A row of the table: the organisation and how many activities belong to it. */
type OrganisationRow = { organisation: Organisation; activities: number };

const column = createColumnHelper<OrganisationRow>();

export function OrganisationsScreen({ id }: { id: string | null }) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const info = useRegister();
  const organisations = useQuery('listOrganisations', {});
  const activities = useQuery('listActivities', {});

  const activityCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const activity of activities.data ?? []) counts.set(activity.organisationId, (counts.get(activity.organisationId) ?? 0) + 1);
    return counts;
  }, [activities.data]);
  const rows = useMemo<OrganisationRow[]>(
    () => (organisations.data ?? []).map((organisation) => ({ organisation, activities: activityCounts.get(organisation.id) ?? 0 })),
    [organisations.data, activityCounts],
  );

  const columns = useMemo<RegisterColumn<OrganisationRow>[]>(
    () => [
      column.accessor(({ organisation }) => format.text(organisation.name, info.defaultLanguage), {
        id: 'name',
        meta: { label: t('column.name'), width: 240, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor(({ organisation }) => organisation.legalForm, {
        id: 'legalForm',
        meta: { label: t('column.legalForm'), width: 100, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor(({ organisation }) => format.country(organisation.country), {
        id: 'country',
        meta: { label: t('column.country'), width: 130, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor(({ organisation }) => organisation.registrationNumber, {
        id: 'registrationNumber',
        meta: { label: t('column.registrationNumber'), width: 150, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor(({ organisation }) => organisation.dpo?.name ?? organisation.dpo?.email, {
        id: 'dpo',
        meta: { label: t('column.dpo'), width: 170, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor(({ organisation }) => organisation.email, {
        id: 'email',
        meta: { label: t('column.email'), width: 190, filter: { kind: 'text' } },
        sortingFn: 'text',
        cell: (cell) => <CellText value={cell.getValue()} />,
      }),
      column.accessor((row) => row.activities, {
        id: 'activities',
        meta: { label: t('column.activities'), width: 90, numeric: true },
        enableColumnFilter: false,
        cell: (cell) => format.number(cell.getValue()),
      }),
    ],
    // format.* depend only on the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, format.language, info.defaultLanguage],
  );

  const newOrganisation = (
    <Button className="button button-primary" onPress={() => void navigate('organisations', 'new')}>
      {t('newOrganisation')}
    </Button>
  );

  return (
    <div className={`screen screen-split ${id === null ? '' : 'has-editor'}`}>
      <div className="split-table">
        <ScreenHeader title={t('title')} subtitle={t('intro')} />
        {organisations.error !== undefined && (
          <p className="inline-error" role="alert">
            {t('common:loadFailed', { message: organisations.error.message })}
          </p>
        )}
        <RegisterTable
          label={t('tableLabel')}
          data={rows}
          columns={columns}
          getRowId={(row) => row.organisation.id}
          onOpen={(row) => void navigate('organisations', row.organisation.id)}
          activeId={id}
          searchLabel={t('search')}
          actions={info.readOnly ? undefined : newOrganisation}
          initialSorting={[{ id: 'name', desc: false }]}
          compactColumns={id === null ? undefined : ['name', 'country', 'activities']}
          stateKey="organisations"
          loading={organisations.loading && organisations.data === undefined}
          countLabel={(shown, total) => t('count', { shown: format.number(shown), total: format.number(total), count: total })}
          rowLabel={(row) => format.text(row.organisation.name, info.defaultLanguage)}
          emptyMessage={<EmptyState title={t('empty')} />}
          noMatchesMessage={t('noMatches')}
        />
      </div>
      {id !== null && (
        <div className="split-editor">
          <OrganisationEditorLoader key={id} id={id} organisations={organisations.data} loading={organisations.loading} />
        </div>
      )}
    </div>
  );
}
