// A Fides manifest (fideslang 2.x/3.x YAML, already parsed) as an imported register: one activity per privacy
// declaration, the organization as the controller, vendors' systems as processors. The mapping, field by field, is in
// docs/fides-mapping.md.
import type { ImportedOrganisation, ImportedRegister, ImportFinding } from '../imported-register.ts';
import { meaningful } from './fides-words.ts';
import { parseManifest, type FidesContact, type FidesManifest, type FidesOrganization, type FidesTaxonomyEntry } from './manifest-schema.ts';
import { readDeclaration } from './read-declaration.ts';
import { isVendorSystem, readSystemFacts, readVendor, vendorName } from './read-system.ts';
import { Taxonomy, type TaxonomyEntry } from './taxonomy.ts';

/**
 * Reads a parsed manifest; `file` is its name as the DPO knows it, for the findings. Throws
 * `RegisterError('invalid-input')` when the value is not a Fides manifest, naming what is missing and where.
 */
export function readFidesManifest(manifest: unknown, file: string): ImportedRegister {
  const parsed = parseManifest(manifest);
  const findings: ImportFinding[] = [];
  const taxonomy = taxonomyOf(parsed);
  const systems = parsed.system ?? [];
  const dataUses = new Map((parsed.data_use ?? []).map((entry) => [entry.fides_key, entry]));

  const vendors = new Map<string, string>();
  for (const system of systems) if (isVendorSystem(system)) vendors.set(system.fides_key, vendorName(system));
  const processors = systems.flatMap((system, index) => (isVendorSystem(system) ? [readVendor(system, index, file, vendors)] : []));

  const activities = systems.flatMap((system, index) => {
    const facts = readSystemFacts(system, { index, file, vendors });
    findings.push(...facts.findings);
    return system.privacy_declarations.map((declaration, row) =>
      readDeclaration(declaration, { system, facts, index: row, taxonomy, vendors, dataUses, findings }),
    );
  });

  if (systems.length === 0) {
    findings.push({ place: { sheet: file, row: 1 }, message: 'has no system: Fides records processing on systems, so no activity was read' });
  }
  if ((parsed.dataset?.length ?? 0) > 0) {
    findings.push({
      place: { sheet: file, row: 1, column: 'dataset' },
      message: 'its datasets were not read: a dataset says where data are stored, not why they are processed (that is a system’s privacy declaration)',
    });
  }
  const organisation = readOrganisation(parsed, file, findings);
  return { layout: 'fides', activities, processors, ...(organisation === undefined ? {} : { organisation }), findings };
}

function taxonomyOf(manifest: FidesManifest): Taxonomy {
  const entries = (list: readonly FidesTaxonomyEntry[] | null | undefined): TaxonomyEntry[] =>
    (list ?? []).map((entry) => ({ key: entry.fides_key, name: meaningful(entry.name), tags: entry.tags ?? [] }));
  return new Taxonomy({ data_category: entries(manifest.data_category), data_use: entries(manifest.data_use), data_subject: entries(manifest.data_subject) });
}

/** The first organization: fideslang lists them, and a register's import has one controller. */
function readOrganisation(manifest: FidesManifest, file: string, findings: ImportFinding[]): ImportedOrganisation | undefined {
  const [organization, ...others] = manifest.organization ?? [];
  if (organization === undefined) return undefined;
  for (const other of others) {
    findings.push({
      place: { sheet: file, row: 1, column: 'organization' },
      message: `names more than one organization: "${meaningful(other.name) ?? other.fides_key ?? 'unnamed'}" was not read (the first is the controller)`,
    });
  }
  return organisationOf(organization);
}

function organisationOf(organization: FidesOrganization): ImportedOrganisation | undefined {
  const controller = contactOf(organization.controller);
  const name = meaningful(organization.name) ?? controller.name;
  const dpo = contactOf(organization.data_protection_officer);
  const representative = contactOf(organization.representative);
  const result: ImportedOrganisation = {
    ...(name === undefined ? {} : { name }),
    ...(controller.address === undefined ? {} : { address: controller.address }),
    ...(controller.email === undefined ? {} : { email: controller.email }),
    ...(controller.phone === undefined ? {} : { phone: controller.phone }),
    ...(Object.keys(dpo).length === 0 ? {} : { dpo }),
    // An Art. 27 representative has a name and an address or e-mail in the register; no phone.
    ...(representative.name === undefined
      ? {}
      : {
          representative: {
            name: representative.name,
            ...(representative.address === undefined ? {} : { address: representative.address }),
            ...(representative.email === undefined ? {} : { email: representative.email }),
          },
        }),
  };
  return Object.keys(result).length === 0 ? undefined : result;
}

type Contact = { name?: string; address?: string; email?: string; phone?: string };

/** ContactDetails with its "" and "N/A" left out. */
function contactOf(contact: FidesContact): Contact {
  const result: Contact = {};
  for (const field of ['name', 'address', 'email', 'phone'] as const) {
    const value = meaningful(contact?.[field]);
    if (value !== undefined) result[field] = value;
  }
  return result;
}
