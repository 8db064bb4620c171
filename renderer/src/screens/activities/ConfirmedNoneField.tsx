// "None (confirmed)" on an item an activity may have none of (transfers, sources, recipients, processors, automated
// decisions, joint controllers): ticked, the item's name goes into the draft's `confirmedNone` and the documents say
// "None"; unticked and empty, they say "Not recorded". It cannot be ticked while the item holds entries.
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ConfirmableItem } from '../../../../shared/model/vocabulary.ts';
import { useField } from '../../components/index.ts';

export function useConfirmedNone(item: ConfirmableItem): { confirmed: boolean; set: (confirmed: boolean) => void } {
  const field = useField<ConfirmableItem[]>('confirmedNone', 'None (confirmed)');
  const current = field.value ?? [];
  return {
    confirmed: current.includes(item),
    set: (confirmed) => {
      const next = confirmed ? [...current.filter((entry) => entry !== item), item] : current.filter((entry) => entry !== item);
      field.setValue(next.length === 0 ? undefined : next);
    },
  };
}

export function ConfirmedNoneField(props: { item: ConfirmableItem; label: string; recorded: boolean; description?: string }) {
  const { t } = useTranslation('findings');
  const { confirmed, set } = useConfirmedNone(props.item);
  const blocked = props.recorded && !confirmed;
  return (
    <div className="field checkbox-field confirmed-none-field">
      <Checkbox className="checkbox" isSelected={confirmed} onChange={set} isDisabled={blocked} data-item={props.item}>
        <span>{props.label}</span>
      </Checkbox>
      <span className="field-description checkbox-description">{blocked ? t('confirmedNoneBlocked') : (props.description ?? t('confirmedNoneHelp'))}</span>
    </div>
  );
}
