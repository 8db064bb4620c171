// The bar above the rows while any is selected: how many, the screen's bulk actions, and a way to clear the selection.
import type { ReactNode } from 'react';
import { Button, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

export function SelectionBar(props: { count: number; tableLabel: string; actions: ReactNode; onClear: () => void }) {
  const { t } = useTranslation('table');
  const format = useFormat();
  return (
    <div className="selection-bar">
      <span className="selection-count" role="status">
        {t('selectedCount', { count: props.count, shown: format.number(props.count) })}
      </span>
      <Toolbar className="selection-actions" aria-label={t('bulkActions', { table: props.tableLabel })}>
        {props.actions}
        <Button className="button button-quiet" onPress={props.onClear}>
          {t('clearSelection')}
        </Button>
      </Toolbar>
    </div>
  );
}
