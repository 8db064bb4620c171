// The register as a Fides manifest (fideslang 3.x, with the 2.x fields 3.0 dropped where they carry what 3.x cannot:
// the transfer countries, the joint controller's contact). Only what the register says is written: a missing value is
// left out, never filled with a default or a guess. The mapping, field by field, is in docs/fides-mapping.md.
import type { ExchangeDocument } from '../../exchange/read.ts';
import type { Organisation } from '../../model/records.ts';
import { displayText } from '../../model/text.ts';
import { firstFreeKey, slugOf } from './fides-key.ts';
import { writeSystems } from './write-systems.ts';
import { TaxonomyWriter } from './write-taxonomy.ts';

/** The organisation's key in Fides: a manifest we read it from may have recorded it; else Fides's default for the first. */
export const ORGANIZATION_KEY = 'x-fides-organization';

/**
 * The manifest of `document`, its texts in `language` (the register's default language when not given, and where a
 * text has no translation). Serialise it with any YAML or JSON writer; `fides push` reads either.
 */
export function toFidesManifest(document: ExchangeDocument, language?: string): Record<string, unknown> {
  const defaultLanguage = document.register.defaultLanguage;
  const context = { language: language ?? defaultLanguage, defaultLanguage, taxonomy: new TaxonomyWriter() };
  const organisationKeys = keysOf(document.organisations, context);
  const organization = document.organisations.map((organisation) => writeOrganization(organisation, organisationKeys.get(organisation.id) ?? '', context));
  const system = writeSystems(document, { ...context, organisationKeys });
  const manifest: Record<string, unknown> = { organization, system };
  for (const kind of ['data_category', 'data_use', 'data_subject'] as const) {
    const entries = context.taxonomy.entries(kind);
    if (entries.length > 0) manifest[kind] = entries;
  }
  return manifest;
}

type TextContext = { language: string; defaultLanguage: string };

function keysOf(organisations: readonly Organisation[], context: TextContext): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  organisations.forEach((organisation, index) => {
    const recorded = organisation[ORGANIZATION_KEY];
    const wanted =
      typeof recorded === 'string' && !taken.has(recorded)
        ? recorded
        : index === 0
          ? 'default_organization'
          : firstFreeKey(`organization_${slugOf(displayText(organisation.name, context.language, context.defaultLanguage))}`, (key) => !taken.has(key));
    const key = taken.has(wanted) ? firstFreeKey(wanted, (candidate) => !taken.has(candidate)) : wanted;
    taken.add(key);
    keys.set(organisation.id, key);
  });
  return keys;
}

/** ContactDetails with only the fields the register has; none at all when it has none. */
function contactDetails(fields: Record<string, string | undefined>): Record<string, string> | undefined {
  const details: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) if (value !== undefined && value.trim() !== '') details[field] = value.trim();
  return Object.keys(details).length === 0 ? undefined : details;
}

function writeOrganization(organisation: Organisation, key: string, context: TextContext): Record<string, unknown> {
  const name = displayText(organisation.name, context.language, context.defaultLanguage);
  const controller = contactDetails({ name, address: organisation.address, email: organisation.email, phone: organisation.phone });
  const { dpo: officer } = organisation;
  const dpo = officer === undefined ? undefined : contactDetails({ name: officer.name, address: officer.address, email: officer.email, phone: officer.phone });
  const representative =
    organisation.representative === undefined
      ? undefined
      : contactDetails({ name: organisation.representative.name, address: organisation.representative.address, email: organisation.representative.email });
  return {
    fides_key: key,
    name,
    ...(controller === undefined ? {} : { controller }),
    ...(dpo === undefined ? {} : { data_protection_officer: dpo }),
    ...(representative === undefined ? {} : { representative }),
  };
}
