// "None (confirmed)" on an item an activity may have none of (transfers, sources, recipients, processors, automated
// decisions, joint controllers): ticked, the item's name goes into the draft's `confirmedNone` and the documents say
// "None"; unticked and empty, they say "Not recorded". It cannot be ticked while the item holds entries.
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ConfirmableItem } from '../../../../shared/model/vocabulary.ts';
import { useField, useFormContext } from '../../components/index.ts';

export function useConfirmedNone(
  item: ConfirmableItem,
  label: string,
): { confirmed: boolean; set: (confirmed: boolean) => void; focusTarget: (element: HTMLElement | null) => void } {
  const { form } = useFormContext();
  const current = (form.get('confirmedNone') as ConfirmableItem[] | undefined) ?? [];
  const position = current.indexOf(item);
  // Bound to this item's place in the list, so that a problem with it (`confirmedNone[1]`) brings the keyboard here.
  const field = useField<ConfirmableItem>(position === -1 ? `confirmedNone.${item}` : `confirmedNone[${position}]`, label);
  return {
    confirmed: position !== -1,
    focusTarget: field.focusTarget,
    set: (confirmed) => {
      const next = confirmed ? [...current.filter((entry) => entry !== item), item] : current.filter((entry) => entry !== item);
      form.set('confirmedNone', next.length === 0 ? undefined : next);
    },
  };
}

export function ConfirmedNoneField(props: { item: ConfirmableItem; label: string; recorded: boolean; description?: string }) {
  const { t } = useTranslation('findings');
  const { confirmed, set, focusTarget } = useConfirmedNone(props.item, props.label);
  const blocked = props.recorded && !confirmed;
  return (
    <div className="field checkbox-field confirmed-none-field">
      <Checkbox className="checkbox" isSelected={confirmed} onChange={set} isDisabled={blocked} data-item={props.item} inputRef={focusTarget}>
        <span>{props.label}</span>
      </Checkbox>
      <span className="field-description checkbox-description">{blocked ? t('confirmedNoneBlocked') : (props.description ?? t('confirmedNoneHelp'))}</span>
    </div>
  );
}
