// The fiche's "Acteurs" table: the controller, its DPO, its representative and the joint controllers, each with
// Nom, Adresse, CP, Ville, Pays, Téléphone and Adresse de messagerie. The first three are the organisation's own
// details (the same on every fiche: controller-details.ts); the joint controllers belong to the activity.
import type { ImportedParty } from '../../imported-register.ts';
import { addressOf, type DetailKind, type PartyDetails } from '../controller-details.ts';
import { valuesByKind, type Line, type TableColumns } from './fiche-lines.ts';
import type { ColumnKind } from './labels.ts';

const DETAIL_KINDS: ReadonlySet<ColumnKind> = new Set(['name', 'address', 'postcode', 'city', 'country', 'phone', 'email']);
/** The model's order of the actors' columns, for a copy that lost its header line. */
const MODEL_ORDER: readonly DetailKind[] = ['name', 'address', 'postcode', 'city', 'country', 'phone', 'email'];

const join = (known: string | undefined, text: string) => (known === undefined ? text : `${known}, ${text}`);

/** An actor's line as its details, by the table's headers (or, without them, in the model's order). */
export function actorDetails(line: Line, columns: TableColumns | undefined, sheet: string): PartyDetails {
  const details: PartyDetails['details'] = {};
  if (columns === undefined || !columns.some((column) => DETAIL_KINDS.has(column.kind))) {
    line.values.forEach((value, index) => {
      const kind = MODEL_ORDER[index] ?? 'email';
      details[kind] = join(details[kind], value.text);
    });
  } else {
    for (const [kind, values] of valuesByKind(line, columns)) {
      // A column the actors table does not have (a copy's "Précisions") is added to the address, rather than lost.
      const detail: DetailKind = DETAIL_KINDS.has(kind) ? (kind as DetailKind) : 'address';
      for (const value of values) details[detail] = join(details[detail], value.text);
    }
  }
  return { place: { sheet, row: line.row, column: line.label }, details };
}

/** A joint controller: its name, and its other details as the contact. */
export function jointController(actor: PartyDetails): ImportedParty | undefined {
  const { name, phone, email, ...place } = actor.details;
  const contact = [addressOf(place), phone, email].filter((part): part is string => part !== undefined);
  if (name === undefined) return contact.length === 0 ? undefined : { name: contact.join(', ') };
  return contact.length === 0 ? { name } : { name, contact: contact.join(', ') };
}
