// A time limit that sets no limit ("as long as necessary", "indefinitely", "not stated") is not the "envisaged time
// limit for erasure" of Art. 30(1)(f), nor the period Art. 13(2)(a) asks the notice to give.
import type { ProcessingActivity } from '../../model/records.ts';
import type { Text } from '../../model/text.ts';
import type { Emit } from '../findings.ts';
import { isVagueRetention } from './retention-terms.ts';
import { comparableName, type RegisterView } from '../register-view.ts';
import { allTranslations, placeholderIn } from './texts.ts';

export function retentionRules(activity: ProcessingActivity, view: Pick<RegisterView, 'text'>, emit: Emit): void {
  const record = { type: 'activity' as const, id: activity.id };
  const judge = (value: Text | undefined, field: string, category?: string) => {
    // A placeholder is a missing limit (completeness), not a vague one.
    if (value === undefined || placeholderIn(value) !== undefined) return;
    const texts = allTranslations(value);
    if (texts.length === 0 || !texts.every(isVagueRetention)) return;
    emit({
      rule: 'retention-vague',
      record,
      field,
      ...(category === undefined ? {} : { detail: comparableName(category) }),
      params: { text: view.text(value), ...(category === undefined ? {} : { category }) },
      basis: value,
    });
  };
  judge(activity.retention, 'retention');
  activity.dataCategories.forEach((category, index) =>
    judge(category.retention, `dataCategories[${index}].retention`, view.text(category.name) || String(index + 1)),
  );
}
