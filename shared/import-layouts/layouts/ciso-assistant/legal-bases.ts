// Legal bases and transfer tools as CISO Assistant writes them (a key or a label), or as a person typed them into its
// free-text fields (read by the general cell readers). Whatever names neither is handed back as `unread`.
import type { SpecialCategoryCondition, TransferMechanism } from '../../../model/vocabulary.ts';
import { readLegalBases, readSpecialConditions, readTransferMechanism, splitList } from '../../cell-values.ts';
import type { ImportedActivity, ImportedLegalBasis } from '../../imported-register.ts';
import { findChoice } from './choices.ts';
import { LEGAL_BASIS_CHOICES, TRANSFER_MECHANISM_CHOICES, type LegalBasisChoice } from './processing-choices.ts';

export type ReadBases = { bases: ImportedLegalBasis[]; conditions: SpecialCategoryCondition[]; unread: string[] };

function fromChoice(choice: LegalBasisChoice, written: string, into: ReadBases): void {
  into.bases.push(...(choice.bases ?? []).map((basis) => ({ basis })));
  into.conditions.push(...(choice.conditions ?? []));
  if (choice.bases === undefined && choice.conditions === undefined) into.unread.push(written);
}

/**
 * The Art. 6 bases and Art. 9 conditions of a legal_basis or article_9_condition cell. The whole cell is looked up
 * first, as some labels have commas in them ("Establishment, Exercise or Defense of Legal Claims"); only then is it
 * read as a list.
 */
export function readCisoLegalBasis(cell: string): ReadBases {
  const read: ReadBases = { bases: [], conditions: [], unread: [] };
  const whole = findChoice(LEGAL_BASIS_CHOICES, cell);
  if (whole !== undefined) {
    fromChoice(whole, cell.trim(), read);
    return read;
  }
  for (const item of splitList(cell)) {
    const choice = findChoice(LEGAL_BASIS_CHOICES, item);
    if (choice !== undefined) {
      fromChoice(choice, item, read);
      continue;
    }
    const { bases } = readLegalBases(item);
    const { conditions } = bases.length === 0 ? readSpecialConditions(item) : { conditions: [] };
    read.bases.push(...bases);
    read.conditions.push(...conditions);
    if (bases.length === 0 && conditions.length === 0) read.unread.push(item);
  }
  return read;
}

/** Adds bases and conditions to an activity, each once (purposes often share one). */
export function addBases(activity: ImportedActivity, read: Pick<ReadBases, 'bases' | 'conditions'>): void {
  for (const entry of read.bases) {
    const known = activity.legalBases.find((candidate) => candidate.basis === entry.basis);
    if (known === undefined) activity.legalBases.push({ ...entry });
    else if (entry.detail !== undefined && known.detail === undefined) known.detail = entry.detail;
  }
  for (const condition of read.conditions) {
    if (!activity.specialCategoryConditions.includes(condition)) activity.specialCategoryConditions.push(condition);
  }
}

/** A transfer tool by CISO Assistant's key or label, else as the words of the cell name it. */
export function readCisoTransferMechanism(cell: string): TransferMechanism | undefined {
  return findChoice(TRANSFER_MECHANISM_CHOICES, cell)?.mechanism ?? readTransferMechanism(cell);
}
