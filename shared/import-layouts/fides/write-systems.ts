// The register's activities as Fides systems. An activity imported from a manifest goes back to its system
// (`x-fides-system`); the others go to one system per organisation; each processor is a vendor's system the
// activities it serves send data to (egress). fideslang keeps the role, the joint controller, the transfers and the
// DPIA on the system, so activities that differ in them cannot share one: such a system is split (`hr_platform_2`).
import type { ExchangeDocument } from '../../exchange/read.ts';
import type { Processor, ProcessingActivity } from '../../model/records.ts';
import { displayText, type Text } from '../../model/text.ts';
import { isEeaCountry } from '../../reference/transfer-reference.ts';
import { alpha3ForFides } from './alpha3-countries.ts';
import { SYSTEM_KEY, SYSTEM_NAME } from './extension-keys.ts';
import { firstFreeKey, slugOf } from './fides-key.ts';
import { TRANSFER_MECHANISM_WORDS } from './fides-words.ts';
import { keptFieldsOf, writeDeclaration, type WriteContext } from './write-declaration.ts';

type Group = { key: string; activities: ProcessingActivity[]; processor?: Processor };

const stringAt = (record: Readonly<Record<string, unknown>>, key: string) => (typeof record[key] === 'string' ? record[key] : undefined);

/** The systems of the manifest: the activities' first, in the register's order, then the vendors' without activities. */
export function writeSystems(document: ExchangeDocument, context: Omit<SystemContext, 'vendorKeys'>): object[] {
  const taken = new Set<string>();
  for (const record of [...document.activities, ...document.processors]) {
    const key = stringAt(record, SYSTEM_KEY);
    if (key !== undefined) taken.add(key);
  }
  const free = (key: string) => !taken.has(key);
  const vendorKeys = new Map<string, string>();
  for (const processor of document.processors) {
    const recorded = stringAt(processor, SYSTEM_KEY);
    const key = recorded !== undefined && ![...vendorKeys.values()].includes(recorded) ? recorded : firstFreeKey(slugOf(text(processor.name, context)), free);
    taken.add(key);
    vendorKeys.set(processor.id, key);
  }
  const groups = groupActivities(document, { ...context, vendorKeys }, vendorKeys, taken);
  const written = new Set(groups.map((group) => group.key));
  for (const processor of document.processors) {
    const key = vendorKeys.get(processor.id);
    if (key !== undefined && !written.has(key)) groups.push({ key, activities: [], processor });
  }
  return groups.map((group) => writeSystem(group, document, { ...context, vendorKeys }));
}

function text(value: Text | undefined, context: Pick<WriteContext, 'language' | 'defaultLanguage'>): string {
  return displayText(value, context.language, context.defaultLanguage).trim();
}

/** What fideslang keeps on the system rather than on each declaration: activities sharing a system must agree on it. */
function systemLevel(activity: ProcessingActivity, context: WriteContext): string {
  return JSON.stringify([
    activity.organisationId,
    activity.role,
    (activity.jointControllers ?? []).map((party) => [party.name, party.contact ?? '']),
    (activity.transfers ?? []).map((transfer) => [transfer.country, transfer.mechanism ?? '', text(transfer.safeguards, context)]),
    activity.dpia === undefined ? null : [activity.dpia.required, activity.dpia.reference ?? ''],
  ]);
}

function groupActivities(document: ExchangeDocument, context: WriteContext, vendorKeys: ReadonlyMap<string, string>, taken: Set<string>): Group[] {
  const free = (key: string) => !taken.has(key);
  const organisationSystem = new Map<string, string>();
  const baseKey = (activity: ProcessingActivity): string => {
    const recorded = stringAt(activity, SYSTEM_KEY);
    if (recorded !== undefined) return recorded;
    let key = organisationSystem.get(activity.organisationId);
    if (key === undefined) {
      const organisation = document.organisations.find((candidate) => candidate.id === activity.organisationId);
      key = firstFreeKey(`ropa_${slugOf(text(organisation?.name, context))}`, free);
      taken.add(key);
      organisationSystem.set(activity.organisationId, key);
    }
    return key;
  };
  const bySystem = new Map<string, Map<string, ProcessingActivity[]>>();
  for (const activity of document.activities) {
    const base = baseKey(activity);
    const levels = bySystem.get(base) ?? new Map<string, ProcessingActivity[]>();
    bySystem.set(base, levels);
    const level = systemLevel(activity, context);
    const activities = levels.get(level);
    if (activities === undefined) levels.set(level, [activity]);
    else activities.push(activity);
  }
  const processorOfKey = new Map([...vendorKeys].map(([id, key]) => [key, document.processors.find((processor) => processor.id === id)]));
  const groups: Group[] = [];
  for (const [base, levels] of bySystem) {
    let first = true;
    for (const activities of levels.values()) {
      const key = first ? base : firstFreeKey(base, free);
      taken.add(key);
      const processor = first ? processorOfKey.get(base) : undefined;
      groups.push(processor === undefined ? { key, activities } : { key, activities, processor });
      first = false;
    }
  }
  return groups;
}

/** The one value every activity has, or nothing: a system states only what holds for all its declarations. */
function agreed(values: ReadonlyArray<string | undefined>): string | undefined {
  const [first] = values;
  return first !== undefined && first !== '' && values.every((value) => value === first) ? first : undefined;
}

type SystemContext = WriteContext & { organisationKeys: ReadonlyMap<string, string> };

function writeSystem(group: Group, document: ExchangeDocument, context: SystemContext): object {
  const { activities, processor } = group;
  const [first] = activities;
  const kept = keptFieldsOf(first ?? processor ?? {}, 'system');
  const organisation = document.organisations.find((candidate) => candidate.id === first?.organisationId) ?? document.organisations[0];
  const system: Record<string, unknown> = { fides_key: group.key, ...names(group, kept, context, text(organisation?.name, context)) };
  const description =
    agreed(activities.map((activity) => text(activity.description, context))) ?? (processor === undefined ? undefined : text(processor.service, context));
  if (description !== undefined && description !== '') system['description'] = description;
  system['system_type'] = kept['system_type'] ?? (processor === undefined ? 'Processing activities' : 'Third Party');
  const organisationKey = organisation === undefined ? undefined : context.organisationKeys.get(organisation.id);
  if (organisationKey !== undefined) system['organization_fides_key'] = organisationKey;
  const owner = agreed(activities.map((activity) => activity.owner?.trim()));
  if (owner !== undefined) system['administrating_department'] = owner;
  const practices = agreed(activities.map((activity) => (activity.securityMeasures ?? []).map((measure) => text(measure, context)).join('; ')));
  if (practices !== undefined) system['data_security_practices'] = practices;
  if (processor?.contact !== undefined) system['dpo'] = processor.contact;
  if (processor?.address !== undefined) system['legal_address'] = processor.address;
  if (first !== undefined) Object.assign(system, roleFields(first), jointControllerFields(first), dpiaFields(first));
  Object.assign(system, transferFields(activities, processor, context));

  const flows = egressFlows(group, context);
  if (flows.length > 0) system['egress'] = flows;
  // The fields kept from the manifest it came from, where the register's own do not say otherwise.
  for (const [field, value] of Object.entries(kept)) if (!(field in system) && field !== 'egress') system[field] = value;
  system['privacy_declarations'] = activities.map((activity) => writeDeclaration(activity, group.key, context, flows.length > 0));
  return system;
}

/**
 * The system's name, and for a vendor's the legal name: a processor read from a manifest is named by the business's
 * legal name where the system had one, so that name goes back there, and the system keeps its own.
 */
function names(group: Group, kept: Record<string, unknown>, context: WriteContext, organisationName: string): Record<string, string> {
  const { activities, processor } = group;
  const recorded =
    agreed(activities.map((activity) => stringAt(activity, SYSTEM_NAME))) ?? (processor === undefined ? undefined : stringAt(processor, SYSTEM_NAME));
  if (processor === undefined) return { name: recorded ?? `Processing activities of ${organisationName}` };
  const processorName = text(processor.name, context);
  return kept['legal_name'] === undefined ? { name: processorName } : { name: recorded ?? processorName, legal_name: processorName };
}

function roleFields(activity: ProcessingActivity): Record<string, unknown> {
  const title = activity.role === 'processor' ? 'Processor' : 'Controller';
  // 3.x reads `responsibility`; 2.x also `data_responsibility_title` (3.x ignores it).
  return { responsibility: [title], data_responsibility_title: title };
}

/** 3.x's `joint_controller_info` text, and 2.x's structured `joint_controller` where there is exactly one. */
function jointControllerFields(activity: ProcessingActivity): Record<string, unknown> {
  const parties = activity.jointControllers ?? [];
  if (parties.length === 0) return {};
  const fields: Record<string, unknown> = {
    joint_controller_info: parties.map((party) => (party.contact === undefined ? party.name : `${party.name} (${party.contact})`)).join('; '),
  };
  const [only] = parties;
  if (parties.length === 1 && only !== undefined) {
    const contact = only.contact;
    const slot = contact === undefined ? undefined : contact.includes('@') ? 'email' : /^\+?[\d\s()./-]{6,}$/.test(contact) ? 'phone' : 'address';
    fields['joint_controller'] = { name: only.name, ...(slot === undefined ? {} : { [slot]: contact }) };
  }
  return fields;
}

function dpiaFields(activity: ProcessingActivity): Record<string, unknown> {
  const dpia = activity.dpia;
  if (dpia === undefined) return {};
  if (!dpia.required) return { requires_data_protection_assessments: false };
  const reference = dpia.reference;
  // 2.x's `link` must be a URL; 3.x's `dpa_location` is any text.
  const link = reference !== undefined && /^https?:\/\//i.test(reference) ? { link: reference } : {};
  return {
    requires_data_protection_assessments: true,
    ...(reference === undefined ? {} : { dpa_location: reference }),
    data_protection_impact_assessment: { is_required: true, ...link },
  };
}

/**
 * 1.x/2.x's countries (alpha-3), 3.x's flag and tools; for a vendor's system without activities, where the processor
 * keeps data outside the EEA. "No transfers" only when every activity of the system confirmed none.
 */
function transferFields(activities: readonly ProcessingActivity[], processor: Processor | undefined, context: WriteContext): Record<string, unknown> {
  const [activity] = activities;
  const transfers = activity?.transfers ?? [];
  const countries =
    activity !== undefined ? transfers.map((transfer) => transfer.country) : (processor?.dataLocations ?? []).filter((country) => !isEeaCountry(country));
  const codes = [...new Set(countries.map(alpha3ForFides).filter((code) => code !== undefined))];
  const words = transfers.flatMap((transfer) => [
    ...(transfer.mechanism === undefined ? [] : [TRANSFER_MECHANISM_WORDS[transfer.mechanism]]),
    ...text(transfer.safeguards, context)
      .split(/;\s*/)
      .filter((part) => part !== '')
      .map((part) => (part.toLowerCase() === 'supplementary measures' ? 'Supplementary Measures' : part)),
  ]);
  const fields: Record<string, unknown> = {};
  if (codes.length > 0) fields['third_country_transfers'] = codes;
  if (countries.length > 0) fields['does_international_transfers'] = true;
  else if (activities.length > 0 && activities.every((each) => each.confirmedNone?.includes('transfers') === true))
    fields['does_international_transfers'] = false;
  if (words.length > 0) fields['legal_basis_for_transfers'] = [...new Set(words)];
  return fields;
}

/** The system's flows: those kept from its manifest (to datasets, other systems), and one to each vendor it uses. */
function egressFlows(group: Group, context: WriteContext): object[] {
  const flows = new Map<string, object>();
  for (const activity of group.activities) {
    const kept = keptFieldsOf(activity, 'system')['egress'];
    if (!Array.isArray(kept)) continue;
    for (const flow of kept as unknown[]) {
      if (flow !== null && typeof flow === 'object' && typeof (flow as { fides_key?: unknown }).fides_key === 'string') {
        flows.set((flow as { fides_key: string }).fides_key, flow);
      }
    }
  }
  for (const activity of group.activities) {
    for (const id of activity.processorIds ?? []) {
      const key = context.vendorKeys.get(id);
      if (key !== undefined && key !== group.key && !flows.has(key)) flows.set(key, { fides_key: key, type: 'system' });
    }
  }
  return [...flows.values()];
}
