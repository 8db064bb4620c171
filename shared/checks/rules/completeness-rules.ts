// The Art. 30(1) items an active record must give: purposes, legal basis (for a controller), data subjects, data
// categories and the time limit for erasure. An item holding only a placeholder ("TBD", "-") says nothing either.
import type { ProcessingActivity } from '../../model/records.ts';
import type { Emit } from '../findings.ts';
import { listGap, placeholderIn, says } from './texts.ts';

export function completenessRules(activity: ProcessingActivity, emit: Emit): void {
  if (activity.status !== 'active') return;
  const record = { type: 'activity' as const, id: activity.id };
  const missing = (
    rule: 'purpose-missing' | 'subjects-missing' | 'data-categories-missing' | 'retention-missing' | 'legal-basis-missing',
    field: string,
    value: unknown,
    placeholder?: string,
  ) => emit({ rule, record, field, params: placeholder === undefined ? {} : { placeholder }, basis: value });

  const purposes = listGap(activity.purposes);
  if (purposes.empty) missing('purpose-missing', 'purposes', activity.purposes, purposes.placeholder);
  if (activity.role !== 'processor' && (activity.legalBases ?? []).length === 0) missing('legal-basis-missing', 'legalBases', activity.legalBases);
  const subjects = listGap(activity.dataSubjects);
  if (subjects.empty) missing('subjects-missing', 'dataSubjects', activity.dataSubjects, subjects.placeholder);
  const categories = listGap(activity.dataCategories.map((category) => category.name));
  if (categories.empty) missing('data-categories-missing', 'dataCategories', activity.dataCategories, categories.placeholder);

  // Each category may have its own limit; the general one is missing only where a category has none of its own.
  const everyCategoryHasOne = activity.dataCategories.length > 0 && activity.dataCategories.every((category) => says(category.retention));
  if (!says(activity.retention) && !everyCategoryHasOne) {
    missing(
      'retention-missing',
      'retention',
      { retention: activity.retention, categories: activity.dataCategories.map((category) => category.retention) },
      placeholderIn(activity.retention),
    );
  }
}
