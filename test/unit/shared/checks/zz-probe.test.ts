import { it } from 'vitest';
import { ACTIVITY, OTHER_ACTIVITY, PROCESSOR, SUB_PROCESSOR, activity, organisation, processor, findingsOf, register, check } from './register-builder.ts';
import { isVagueRetention } from '../../../../shared/checks/rules/retention-terms.ts';
const show = (label: string, f: ReturnType<typeof findingsOf>) => console.log(label, JSON.stringify(f.map((x) => [x.rule, x.record.id.slice(-2), x.field, x.message, x.basis, x.key])));
it('probe', () => {
  show('baseline', findingsOf({}));
  for (const t of ['Безстроково відповідно до законодавства', 'Постійно, відповідно до закону', 'Безсрочно, съгласно Закона за счетоводството', 'Trajno, po zakonu o arhivih', 'Trajno (Uradni list RS, št. 30/06)', 'As long as the account is open', 'For as long as the customer relationship lasts', 'Until further notice', 'Indefinitely, following our archiving policy', 'Безсрочно, до второ нареждане', 'Стільки, скільки необхідно', 'Толкова дълго, колкото е необходимо', 'Toliko časa, kolikor je potrebno', 'Безстроково', 'Безсрочно', 'Trajno', 'Nedoločen čas', '24 months after the last order', 'до закінчення договору', '5 години след прекратяване', '5 let po prenehanju pogodbe', 'as long as necessary', 'indefinitely', 'Not stated', 'Постоянно', 'dokler je potrebno', 'колкото е необходимо','Безстроково (ст. 5 Закону)']) console.log(isVagueRetention(t), t);
  // DPF certified processor named by recipient
  show('dpf-by-name', findingsOf({ processors: [processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'US', dpfCertified: true })], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR], confirmedNone: undefined, transfers: [{ country: 'US', recipient: 'Zendesk Inc', mechanism: 'dpf' }] })] }));
  show('scc-new-replacing-old', findingsOf({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers: [{ country: 'IN', recipient: 'Group', mechanism: 'scc', safeguards: 'Standard contractual clauses of Implementing Decision (EU) 2021/914, which replaced Decision 2010/87/EU' }] })] }));
  show('dup-across-orgs', findingsOf({ organisations: [organisation(), organisation({ id: '00000000-0000-4000-8000-00000000000b', name: 'Beta d.o.o.' })], activities: [activity(ACTIVITY, { name: 'Payroll' }), activity(OTHER_ACTIVITY, { name: 'Payroll', organisationId: '00000000-0000-4000-8000-00000000000b' })] }));
  show('sub-unrecorded', findingsOf({ processors: [processor(PROCESSOR, { name: 'Zendesk' }), processor(SUB_PROCESSOR, { name: 'AWS', parentId: PROCESSOR, country: 'US' })], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] }));
  show('dpia-false', findingsOf({ activities: [activity(ACTIVITY, { purposes: ['CCTV'], dpia: { required: false } })] }));
});
