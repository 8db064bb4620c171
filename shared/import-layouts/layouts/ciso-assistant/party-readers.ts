// The rows of the Contractors and Transfers sheets. A contractor is a processor of the register unless its
// relationship says otherwise: a joint controller is one of the activity's joint controllers, an independent
// controller one of its recipients (Art. 4(9)). A transfer needs a country the register knows; without one, no
// transfer is made: the country goes to the notes (with a finding) and the row's other cells stay with the activity.
import { readCountry } from '../../cell-values.ts';
import type { ImportedProcessor, ImportedTransfer } from '../../imported-register.ts';
import { keepChildValue, keepNamelessRow, keepUnreadCells, take, unreadCells, type ChildRow } from './child-row.ts';
import { findChoice, storedKey } from './choices.ts';
import { extensionName, freeKey } from './columns.ts';
import { RELATIONSHIP_TYPES } from './category-choices.ts';
import { readCisoTransferMechanism } from './legal-bases.ts';

/**
 * The party a contractor or transfer row names: its entity (CISO Assistant's third party) when given, else the row's
 * own name. With an entity, the row's name says what the contract or transfer is, and is kept with the other cells.
 */
function partyName(child: ChildRow): string {
  const entity = take(child, 'entity', 'third_party').value;
  return entity || take(child, 'name').value;
}

export function readContractor(child: ChildRow): void {
  const name = partyName(child);
  if (name === '') return keepNamelessRow(child, 'name or entity');
  const relationship = take(child, 'relationship_type', 'relationship');
  const choice = findChoice(RELATIONSHIP_TYPES, relationship.value);
  if (choice === undefined && relationship.value !== '') {
    keepChildValue(child, relationship.column, relationship.value, 'is not a relationship of CISO Assistant; the contractor was read as a processor');
  }
  const place = { sheet: child.sheet.name, row: child.rowNumber, ...(relationship.column === undefined ? {} : { column: relationship.column.header }) };
  if (choice?.kind === 'joint-controller') {
    if (!child.activity.jointControllers.some((party) => party.name === name)) child.activity.jointControllers.push({ name });
    return keepUnreadCells(child, name, countryToKeep(child));
  }
  if (choice?.kind === 'independent-controller') {
    if (!child.activity.recipients.includes(name)) child.activity.recipients.push(name);
    return keepUnreadCells(child, name, countryToKeep(child));
  }
  if (choice !== undefined && choice.kind === undefined) {
    child.findings.push({ place, message: `"${name}" has the relationship "${relationship.value}": read as a processor` });
  }
  if (!child.activity.processorNames.includes(name)) child.activity.processorNames.push(name);
  addProcessor(child, name, choice === undefined ? undefined : storedKey(choice));
}

/** A controller's country, which a party of the activity has no field for: kept as its code, or as written. */
function countryToKeep(child: ChildRow): Record<string, string> {
  const country = take(child, 'country').value;
  return country === '' ? {} : { country: readCountry(country) ?? country };
}

/** The contractor as a processor of the register, once per name; a later row fills in what an earlier one left out. */
function addProcessor(child: ChildRow, name: string, relationship: string | undefined): void {
  const processor: ImportedProcessor = { place: { sheet: child.sheet.name, row: child.rowNumber }, name, extensions: {} };
  if (relationship !== undefined) processor.extensions['x-ciso-relationship-type'] = relationship;
  const country = take(child, 'country');
  const code = readCountry(country.value);
  if (code !== undefined) processor.country = code;
  else if (country.value !== '') {
    processor.extensions['x-ciso-country'] = country.value;
    const place = { sheet: child.sheet.name, row: child.rowNumber, column: country.column?.header ?? 'country' };
    child.findings.push({ place, message: `"${country.value}" is no country the register knows: kept with the processor "${name}" as x-ciso-country` });
  }
  const description = take(child, 'description').value;
  if (description !== '') processor.service = description;
  for (const [field, value] of Object.entries(unreadCells(child))) processor.extensions[freeKey(processor.extensions, extensionName(field))] = value;

  const known = child.processors.find((candidate) => candidate.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (known === undefined) {
    child.processors.push(processor);
    return;
  }
  if (known.country === undefined && processor.country !== undefined) known.country = processor.country;
  if (known.service === undefined && processor.service !== undefined) known.service = processor.service;
  known.extensions = { ...processor.extensions, ...known.extensions };
}

export function readTransfer(child: ChildRow): void {
  const country = take(child, 'country', 'destination');
  const code = readCountry(country.value);
  if (code === undefined) {
    // The other cells are not taken, so they are kept, with the country, as the row was written.
    if (country.value === '') return keepNamelessRow(child, 'country');
    keepChildValue(child, country.column, country.value, 'is no country the register knows, so no transfer was made of the row');
    return keepUnreadCells(child, take(child, 'name').value);
  }
  const transfer: ImportedTransfer = { country: code };
  const recipient = partyName(child);
  if (recipient !== '') transfer.recipient = recipient;
  const mechanism = take(child, 'transfer_mechanism', 'mechanism', 'legal_basis');
  if (mechanism.value !== '') {
    const read = readCisoTransferMechanism(mechanism.value);
    if (read !== undefined) transfer.mechanism = read;
    else keepChildValue(child, mechanism.column, mechanism.value, 'is no transfer tool of Chapter V');
  }
  const safeguards = take(child, 'guarantees', 'safeguards').value;
  if (safeguards !== '') transfer.safeguards = safeguards;
  child.activity.transfers.push(transfer);
  keepUnreadCells(child, recipient);
}
