// The table's head: a sortable header per visible column (click, or Enter/Space on the header) and, when shown, a
// filter box under each (free text, or one value of a closed list). Memoised: scrolling does not re-render it.
import { memo, type ReactNode } from 'react';
import type { Column, ColumnFiltersState, Header, SortingState } from '@tanstack/react-table';
import { Button, Input } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectBox } from '../form/SelectField.tsx';
import { metaOf } from './columns.ts';
import { SelectAllBox } from './SelectBoxes.tsx';

type TableHeadProps<T> = {
  headers: Header<T, unknown>[];
  visibleColumns: Column<T, unknown>[];
  /** Not read: a new value re-renders the sort indicators. */
  sorting: SortingState;
  /** Not read: a new value re-renders the filter boxes. */
  columnFilters: ColumnFiltersState;
  showFilters: boolean;
  gridTemplate: string;
  minWidth: number;
  /** In a table whose rows can be selected: the select-all box (of the rows shown). */
  selectAll: { state: 'none' | 'some' | 'all'; label: string; onToggle: () => void } | undefined;
};

export const TableHead = memo(function TableHead<T>(props: TableHeadProps<T>) {
  const { t } = useTranslation('table');
  const { gridTemplate } = props;
  return (
    <div className="table-head" role="rowgroup" style={{ minWidth: props.minWidth }}>
      <div className="table-row table-header-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: gridTemplate }}>
        {props.selectAll !== undefined && <SelectAllBox {...props.selectAll} />}
        {props.headers.map((header) => {
          const meta = metaOf(header.column);
          const sorted = header.column.getIsSorted();
          return (
            <div
              key={header.id}
              role="columnheader"
              className={`table-header-cell ${meta.numeric === true ? 'numeric' : ''}`}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            >
              {header.column.getCanSort() ? (
                <Button className="sort-button" onPress={() => header.column.toggleSorting(undefined, false)}>
                  <span className="sort-label">{meta.label}</span>
                  <span className={`sort-indicator ${sorted === false ? 'unsorted' : ''}`} aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </Button>
              ) : (
                <span className="sort-label">{meta.label}</span>
              )}
            </div>
          );
        })}
      </div>
      {props.showFilters && (
        <div className="table-row table-filter-row" role="row" aria-rowindex={2} style={{ gridTemplateColumns: gridTemplate }}>
          {props.selectAll !== undefined && <div role="gridcell" className="table-filter-cell" />}
          {props.visibleColumns.map((column) => {
            const meta = metaOf(column);
            const filterLabel = t('filterBy', { column: meta.label });
            const value = column.getFilterValue();
            return (
              <div key={column.id} role="gridcell" className="table-filter-cell">
                {meta.filter?.kind === 'select' ? (
                  <SelectBox
                    className="filter-select"
                    label={filterLabel}
                    labelHidden
                    options={[{ value: '', label: t('all') }, ...meta.filter.options]}
                    value={typeof value === 'string' ? value : ''}
                    onChange={(next) => column.setFilterValue(next === '' || next === null ? undefined : next)}
                  />
                ) : meta.filter?.kind === 'text' ? (
                  <Input
                    className="filter-input"
                    aria-label={filterLabel}
                    placeholder={t('filterPlaceholder')}
                    value={typeof value === 'string' ? value : ''}
                    onChange={(event) => column.setFilterValue(event.target.value === '' ? undefined : event.target.value)}
                  />
                ) : null}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}) as <T>(props: TableHeadProps<T>) => ReactNode;
