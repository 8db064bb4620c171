// Choosing the activities a colleague gets: a searchable list with a checkbox per activity (reference and name),
// virtualised, so that a register of thousands of activities stays quick to scroll and search.
import { Autocomplete, Input, ListBox, ListBoxItem, ListLayout, SearchField, useFilter, Virtualizer, type Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../api/index.ts';
import { useFormat } from '../../i18n/format.ts';

export function ActivityChooser(props: {
  activities: readonly ActivitySummary[];
  defaultLanguage: string;
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const { contains } = useFilter({ sensitivity: 'base' });
  const items = props.activities.map((activity) => ({ id: activity.id, label: `${activity.reference} ${format.text(activity.name, props.defaultLanguage)}` }));
  return (
    <div className="activity-chooser">
      <Autocomplete filter={contains}>
        <SearchField className="search-field" aria-label={t('export.searchActivities')}>
          <Input className="search-input" placeholder={t('export.searchActivities')} />
        </SearchField>
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 30 }}>
          <ListBox
            className="activity-chooser-list"
            aria-label={t('export.chosenActivities', { count: props.chosen.size })}
            items={items}
            selectionMode="multiple"
            selectedKeys={props.chosen as Set<string>}
            onSelectionChange={(keys: Selection) => props.onChange(keys === 'all' ? new Set(items.map((item) => item.id)) : new Set([...keys].map(String)))}
          >
            {(item) => (
              <ListBoxItem id={item.id} textValue={item.label} className="activity-chooser-item">
                {item.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Virtualizer>
      </Autocomplete>
      <p className="activity-chooser-count" role="status">
        {t('export.chosenActivities', { count: props.chosen.size })}
      </p>
    </div>
  );
}
