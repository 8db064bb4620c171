// What every section of the policy reads: the organisation, its public active activities as controller, the
// processors by id, the catalogue of the language, and the texts with their fallbacks (and warnings).
import { registerView, type RegisterView } from '../checks/register-view.ts';
import { says } from '../checks/rules/texts.ts';
import { localCalendarDate } from '../model/dates.ts';
import type { Organisation, ProcessingActivity, Processor, RecordType } from '../model/records.ts';
import { displayText, type Text } from '../model/text.ts';
import { chooseOrganisation } from '../report/build-report.ts';
import { ReportTexts } from '../report/report-texts.ts';
import { policyCatalogue, type PolicyCatalogue } from './catalogue/index.ts';
import type { PolicyInline } from './policy-document.ts';
import type { PolicyInput } from './policy-input.ts';

export type PolicyContext = {
  input: PolicyInput;
  catalogue: PolicyCatalogue;
  texts: ReportTexts;
  organisation: Organisation;
  organisationName: string;
  /** The activities the policy speaks of: active, public, the organisation's own as controller or joint controller. */
  activities: ProcessingActivity[];
  processorsById: ReadonlyMap<string, Processor>;
  /** An activity's name in the policy's language (each looked up once, so each fallback is warned of once). */
  activityName: (activity: ProcessingActivity) => string;
  /** A processor's name, the same way. */
  processorName: (processor: Processor) => string;
  /** Where people write to exercise their rights: the DPO's email, else the organisation's, else its address. */
  contact: PolicyInline[] | undefined;
  /** The register indexed as the checks read it (processors reached, where they keep the data). */
  view: RegisterView;
  /**
   * A register text the policy may publish: one that says something. A placeholder ("TBD", "(not stated)") is the DPO's
   * note, not a statement for the public: it is left out and its gap reported.
   */
  publicText: (value: Text | undefined, where: string, record: PolicyRecord) => string | undefined;
  /** The texts of a list that say something, each in the policy's language. */
  publicTexts: (values: readonly Text[] | undefined, where: string, record: PolicyRecord) => string[];
};

/** The record a text belongs to, for the warning that links to it. */
export type PolicyRecord = { id: string; type: RecordType };

export function policyContext(input: PolicyInput): PolicyContext {
  const { register } = input;
  const catalogue = policyCatalogue(input.language);
  const texts = new ReportTexts(input.language, catalogue.transfers.internationalOrganisation, register.register.defaultLanguage);
  const organisation = chooseOrganisation(register.organisations, input.organisationId);
  const organisationName = texts.text(organisation.name, 'Organisation name', organisation.id, 'organisation');
  const activityName = namesOf(texts, register.register.defaultLanguage, 'activity', 'Activity');
  const processorName = namesOf(texts, register.register.defaultLanguage, 'processor', 'Processor');
  const activities = register.activities
    .filter((activity) => activity.organisationId === organisation.id && activity.status === 'active' && activity.public && activity.role !== 'processor')
    .map((activity) => ({ activity, name: activityName(activity) }))
    .sort((a, b) => a.name.localeCompare(b.name, input.language))
    .map(({ activity }) => activity);
  return {
    input,
    catalogue,
    texts,
    organisation,
    organisationName,
    activities,
    processorsById: new Map(register.processors.map((processor) => [processor.id, processor])),
    activityName,
    processorName,
    contact: contactOf(organisation),
    view: registerView(register, register.register.defaultLanguage, localCalendarDate(input.generatedAt)),
    publicText: (value, where, record) => {
      if (value === undefined) return undefined;
      if (!says(value)) {
        texts.notRecorded(where, 'a text for the public: it holds only a placeholder, left out of the policy', record.id, record.type);
        return undefined;
      }
      return texts.text(value, where, record.id, record.type);
    },
    publicTexts: (values, where, record) =>
      (values ?? []).flatMap((value, index) => {
        if (!says(value)) {
          texts.notRecorded(`${where} ${index + 1}`, 'a text for the public: it holds only a placeholder, left out of the policy', record.id, record.type);
          return [];
        }
        return [texts.text(value, `${where} ${index + 1}`, record.id, record.type)];
      }),
  };
}

function contactOf(organisation: Organisation): PolicyInline[] | undefined {
  const email = organisation.dpo?.email ?? organisation.email;
  if (email !== undefined) return [{ text: email, href: `mailto:${email}` }];
  if (organisation.address !== undefined) return [organisation.address];
  return undefined;
}

/** A record's name in the policy's language, looked up once per record, so that each fallback is warned of once. */
function namesOf(texts: ReportTexts, defaultLanguage: string, recordType: 'activity' | 'processor', label: string) {
  const names = new Map<string, string>();
  return (record: { id: string; name: ProcessingActivity['name'] }): string => {
    let name = names.get(record.id);
    if (name === undefined) {
      const known = displayText(record.name, defaultLanguage, defaultLanguage);
      name = texts.text(record.name, `${label} "${known}" name`, record.id, recordType);
      names.set(record.id, name);
    }
    return name;
  };
}
