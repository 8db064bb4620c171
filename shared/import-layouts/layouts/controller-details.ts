// The controller's own details as a layout gives them (the ICO template's top block, the CNIL fiche's actors): the
// controller, its DPO and its representative, each with a name and contact details, made the imported organisation.
import { readCountry } from '../cell-values.ts';
import type { CellPlace, ImportedOrganisation, ImportFinding } from '../imported-register.ts';

export type DetailKind = 'name' | 'address' | 'postcode' | 'city' | 'country' | 'phone' | 'email';
/** One person's or body's details, and the line they were read from. */
export type PartyDetails = { place: CellPlace; details: Partial<Record<DetailKind, string>> };
export type ControllerParties = Partial<Record<'controller' | 'dpo' | 'representative', PartyDetails>>;

/** "12 rue X, 75001 Paris, France": the address, postcode and city, and country. */
export function addressOf(details: PartyDetails['details']): string | undefined {
  const town = [details.postcode, details.city].filter((part) => part !== undefined).join(' ');
  const parts = [details.address, town === '' ? undefined : town, details.country].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The organisation the details describe (undefined when none is given); findings for what the register has no field for. */
export function organisationOf(parties: ControllerParties, findings: ImportFinding[]): ImportedOrganisation | undefined {
  const organisation: ImportedOrganisation = {};
  const controller = parties.controller?.details;
  if (controller !== undefined) {
    const address = addressOf(controller);
    const country = controller.country === undefined ? undefined : readCountry(controller.country);
    if (controller.name !== undefined) organisation.name = controller.name;
    if (address !== undefined) organisation.address = address;
    if (country !== undefined && country !== 'INT') organisation.country = country;
    if (controller.email !== undefined) organisation.email = controller.email;
    if (controller.phone !== undefined) organisation.phone = controller.phone;
  }
  const dpo = parties.dpo?.details;
  if (dpo !== undefined && Object.keys(dpo).length > 0) {
    const address = addressOf(dpo);
    organisation.dpo = {};
    if (dpo.name !== undefined) organisation.dpo.name = dpo.name;
    if (dpo.email !== undefined) organisation.dpo.email = dpo.email;
    if (dpo.phone !== undefined) organisation.dpo.phone = dpo.phone;
    if (address !== undefined) organisation.dpo.address = address;
  }
  const representative = parties.representative;
  if (representative !== undefined) {
    const { name, email, phone } = representative.details;
    const address = addressOf(representative.details);
    if (name !== undefined) {
      organisation.representative = { name };
      if (address !== undefined) organisation.representative.address = address;
      if (email !== undefined) organisation.representative.email = email;
      // The register records a representative by name, address and email only: the preview shows what was left.
      if (phone !== undefined) {
        findings.push({ place: representative.place, message: `the register keeps no telephone number for the representative: "${phone}" was not imported` });
      }
    } else if (Object.keys(representative.details).length > 0) {
      const given = Object.values(representative.details).join(', ');
      findings.push({ place: representative.place, message: `the representative's details (${given}) give no name: they were not imported` });
    }
  }
  return Object.keys(organisation).length === 0 ? undefined : organisation;
}
