// The table's toolbar: the search box, the caller's actions, the filters toggle, the column chooser and the count of
// rows shown. Memoised: scrolling re-renders the table for the rows that came into view, not its toolbar.
import { memo, type ReactNode } from 'react';
import type { Column, VisibilityState } from '@tanstack/react-table';
import { Button, Input, Menu, MenuItem, MenuTrigger, Popover, SearchField, ToggleButton, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { metaOf } from './columns.ts';

type TableToolbarProps<T> = {
  label: string;
  searchLabel: string;
  search: string;
  onSearch: (value: string) => void;
  actions: ReactNode;
  showFilters: boolean;
  onShowFilters: (value: boolean) => void;
  hideable: Column<T, unknown>[];
  columnVisibility: VisibilityState;
  onColumnVisibility: (value: VisibilityState) => void;
  countText: string;
};

export const TableToolbar = memo(function TableToolbar<T>(props: TableToolbarProps<T>) {
  const { t } = useTranslation('table');
  const { hideable, columnVisibility } = props;
  return (
    <div className="table-toolbar">
      <SearchField className="search-field" value={props.search} onChange={props.onSearch} aria-label={props.searchLabel}>
        <Input className="search-input" placeholder={t('searchPlaceholder')} />
        {props.search !== '' && (
          <Button className="search-clear" aria-label={t('clearSearch')}>
            ×
          </Button>
        )}
      </SearchField>
      <Toolbar className="table-actions" aria-label={t('tableActions', { table: props.label })}>
        {props.actions}
        <ToggleButton className="button" isSelected={props.showFilters} onChange={props.onShowFilters}>
          {t('filters')}
        </ToggleButton>
        <MenuTrigger>
          <Button className="button">{t('columns')}</Button>
          <Popover className="popover" placement="bottom end">
            <Menu
              className="menu"
              aria-label={t('chooseColumns')}
              selectionMode="multiple"
              selectedKeys={new Set(hideable.filter((column) => columnVisibility[column.id] !== false).map((column) => column.id))}
              onSelectionChange={(keys) => {
                if (keys === 'all') {
                  props.onColumnVisibility({});
                  return;
                }
                if (keys.size === 0) return; // keep at least one column
                props.onColumnVisibility(Object.fromEntries(hideable.map((column) => [column.id, keys.has(column.id)])));
              }}
            >
              {hideable.map((column) => (
                <MenuItem key={column.id} id={column.id} className="menu-item menu-item-check">
                  {({ isSelected }) => (
                    <>
                      <span className="menu-check" aria-hidden="true">
                        {isSelected ? '✓' : ''}
                      </span>
                      {metaOf(column).label}
                    </>
                  )}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
      </Toolbar>
      <span className="row-count" role="status">
        {props.countText}
      </span>
    </div>
  );
}) as <T>(props: TableToolbarProps<T>) => ReactNode;
