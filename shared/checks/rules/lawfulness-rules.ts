// What makes the processing lawful, as the record states it: the interest or the law a legal basis rests on (Art. 6),
// and the Art. 9(2) or Art. 10 condition for special-category data.
import type { ProcessingActivity } from '../../model/records.ts';
import type { Emit } from '../findings.ts';
import type { RegisterView } from '../register-view.ts';
import { says } from './texts.ts';

export function lawfulnessRules(activity: ProcessingActivity, view: Pick<RegisterView, 'text'>, emit: Emit): void {
  // A processor acts on its controller's basis and conditions (Art. 30(2) asks for neither).
  if (activity.role === 'processor') return;
  const record = { type: 'activity' as const, id: activity.id };

  (activity.legalBases ?? []).forEach((entry, index) => {
    if (says(entry.detail)) return;
    const field = `legalBases[${index}].detail`;
    if (entry.basis === 'legitimate-interests') {
      emit({ rule: 'legitimate-interest-unnamed', record, field, detail: entry.basis, params: { position: index + 1 }, basis: entry });
    } else if (entry.basis === 'legal-obligation' || entry.basis === 'public-task') {
      emit({ rule: 'legal-obligation-law-unnamed', record, field, detail: entry.basis, params: { position: index + 1, basis: entry.basis }, basis: entry });
    }
  });

  const special = activity.dataCategories.filter((category) => category.special === true);
  const conditions = activity.specialCategoryConditions ?? [];
  if (special.length > 0 && conditions.length === 0) {
    emit({
      rule: 'special-condition-missing',
      record,
      field: 'specialCategoryConditions',
      params: { categories: special.map((category) => view.text(category.name)) },
      basis: { special: special.map((category) => category.name), conditions },
    });
  }
  if (special.length === 0 && conditions.length > 0) {
    emit({
      rule: 'special-condition-without-special-data',
      record,
      field: 'dataCategories',
      params: { conditions: [...conditions] },
      basis: { categories: activity.dataCategories, conditions },
    });
  }
}
