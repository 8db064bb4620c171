// The block above the ICO template's table: "Name and contact details" of the controller, its Data Protection Officer
// and its representative, each with a name, address, email and telephone. The template lays the roles down and the
// details across; a copy turned the other way round (roles across) is read too.
import type { ImportedOrganisation, ImportFinding } from '../../imported-register.ts';
import { organisationOf, type ControllerParties, type PartyDetails } from '../controller-details.ts';
import { isFilled, plainLabel } from '../label-text.ts';

type Role = 'controller' | 'dpo' | 'representative';
type Detail = 'name' | 'address' | 'email' | 'phone';
type Cell = { row: number; column: number };

function roleOf(text: string): Role | undefined {
  const plain = plainLabel(text);
  if (/^(data )?controller( name)?$/.test(plain)) return 'controller';
  if (/^(data protection officer|dpo)\b/.test(plain)) return 'dpo';
  if (/^((eu|uk|controller's|the controller's) )?representative\b/.test(plain)) return 'representative';
  return undefined;
}

function detailOf(text: string): Detail | undefined {
  const plain = plainLabel(text);
  if (plain === 'name') return 'name';
  if (/^(postal )?address$/.test(plain)) return 'address';
  if (/^e-?mail( address)?$/.test(plain)) return 'email';
  if (/^(telephone|phone|tel)( number| no)?$/.test(plain)) return 'phone';
  return undefined;
}

/** The cells of `rows` whose text `kind` recognises, by what it says. */
function labelCells<Kind extends string>(rows: readonly (readonly string[])[], kind: (text: string) => Kind | undefined): Map<Kind, Cell> {
  const found = new Map<Kind, Cell>();
  rows.forEach((cells, row) =>
    cells.forEach((text, column) => {
      const label = isFilled(text) ? kind(text) : undefined;
      if (label !== undefined && !found.has(label)) found.set(label, { row, column });
    }),
  );
  return found;
}

/** Whether at least two of the cells are on one row: the details are then headers across the block. */
function acrossOneRow(cells: readonly Cell[]): boolean {
  return cells.some((cell, index) => cells.slice(index + 1).some((other) => other.row === cell.row));
}

/**
 * The controller's details from the rows above the table (`rows` is only that block). `sheet` names the sheet in
 * findings. Nothing filled in gives no organisation.
 */
export function readControllerBlock(rows: readonly (readonly string[])[], sheet: string): { organisation?: ImportedOrganisation; findings: ImportFinding[] } {
  const roles = labelCells(rows, roleOf);
  const details = labelCells(rows, detailOf);
  const across = acrossOneRow([...details.values()]);
  const parties: ControllerParties = {};
  for (const [role, roleCell] of roles) {
    const party: PartyDetails = { place: { sheet, row: roleCell.row + 1 }, details: {} };
    for (const [detail, detailCell] of details) {
      const value = across ? rows[roleCell.row]?.[detailCell.column] : rows[detailCell.row]?.[roleCell.column];
      if (isFilled(value)) party.details[detail] = value.trim();
    }
    parties[role] = party;
  }
  const findings: ImportFinding[] = [];
  const organisation = organisationOf(parties, findings);
  return organisation === undefined ? { findings } : { organisation, findings };
}
