// Art. 35(1) and (3): processing likely to result in a high risk (special-category data, automated decisions or
// profiling, systematic monitoring) needs a DPIA, or a recorded decision that none is required.
import type { ProcessingActivity } from '../../model/records.ts';
import type { DpiaTrigger, Emit } from '../findings.ts';
import { allTranslations, says, termFinder } from './texts.ts';

/** Words that show systematic monitoring (Art. 35(3)(c)), as stems, in the four languages. */
const findMonitoring = termFinder([
  'cctv',
  'video surveillance',
  'video monitoring',
  'surveillance camera',
  'security camera',
  'geolocation',
  'gps',
  'location tracking',
  'systematic monitoring',
  'employee monitoring',
  'monitoring of employees',
  'відеоспостереж',
  'відеонагляд',
  'геолокац',
  'систематичн моніторинг',
  'моніторинг працівник',
  'видеонаблюдени',
  'видеонаблюдение',
  'геолокац',
  'системно наблюдение',
  'наблюдение на служители',
  'videonadzor',
  'video nadzor',
  'geolokac',
  'sistematično spremljanje',
  'spremljanje zaposlenih',
  'sledenje lokacij',
]);

/** The first word of systematic monitoring in the activity's name, description, purposes or data categories. */
function monitoringTerm(activity: ProcessingActivity): string | undefined {
  const texts: Array<ProcessingActivity['name'] | undefined> = [activity.name, activity.description, ...activity.purposes];
  for (const category of activity.dataCategories) texts.push(category.name);
  for (const text of texts) {
    const term = findMonitoring(allTranslations(text));
    if (term !== undefined) return term;
  }
  return undefined;
}

export function dpiaRule(activity: ProcessingActivity, emit: Emit): void {
  // The DPIA is the controller's (Art. 35); a processor's record assists with it.
  // Answered: a DPIA recorded, or "not required" with the reason (without one, the answer is only half given).
  if (activity.role === 'processor' || (activity.dpia !== undefined && (activity.dpia.required || says(activity.dpia.reason)))) return;
  const triggers: DpiaTrigger[] = [];
  if (activity.dataCategories.some((category) => category.special === true)) triggers.push('special');
  // The structured answer, where given, says whether there is anything automated to assess (Art. 35(3)(a)).
  const making = activity.automatedDecisionMaking;
  if (making === undefined ? activity.automatedDecisions !== undefined : making.profiling || making.solelyAutomated) triggers.push('automated');
  const term = monitoringTerm(activity);
  if (term !== undefined) triggers.push('monitoring');
  if (triggers.length === 0) return;
  emit({
    rule: 'dpia-unassessed',
    record: { type: 'activity', id: activity.id },
    field: 'dpia',
    params: { triggers, ...(term === undefined ? {} : { term }), ...(activity.dpia === undefined ? {} : { reasonMissing: true }) },
    basis: { triggers, term, dpia: activity.dpia },
  });
}
