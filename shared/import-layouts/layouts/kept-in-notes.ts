// A value a layout reads but cannot place (it fits no choice, or the register has no field for it) is never dropped:
// it goes into the activity's notes under its column's name, and the import's preview tells the DPO where it was.
import type { CellPlace, ImportedActivity, ImportFinding } from '../imported-register.ts';

/** Where a value was, with the column (or form label) the notes name it by. */
export type LabelledPlace = CellPlace & { column: string };

/** Adds `Column: "value"` to the notes and a finding saying why it was not read into a field. */
export function keepInNotes(activity: ImportedActivity, findings: ImportFinding[], place: LabelledPlace, value: string, why: string): void {
  activity.notes.push(`${place.column}: "${value}"`);
  findings.push({ place, message: `"${value}" ${why}: kept in the activity's notes` });
}
