// What a register kept in another tool's layout (the ICO and CNIL templates, CISO Assistant, Fides, a DPO's own
// spreadsheet) reads into, before it becomes an exchange document to merge (build-document.ts). Each layout's reader
// only places values in these fields; ids, the organisation, matching by name and validation are done once, for all.
import type { ActivityRole, ActivityStatus, LegalBasis, SpecialCategoryCondition, TransferMechanism } from '../model/vocabulary.ts';

/** Where a value came from, as the DPO sees it in the file: `HR sheet, row 7, column "Lawful basis"`. */
export type CellPlace = { sheet: string; row: number; column?: string };

/**
 * Something read, but not as written: a value that fits no choice (kept as text in the activity's notes), a row
 * skipped, a default taken. Shown in the import's preview; never a reason to refuse the file.
 */
export type ImportFinding = { place: CellPlace; message: string };

export type ImportedLegalBasis = { basis: LegalBasis; detail?: string };
export type ImportedDataCategory = { name: string; special?: boolean; retention?: string };
export type ImportedTransfer = { country: string; recipient?: string; mechanism?: TransferMechanism; safeguards?: string };
export type ImportedParty = { name: string; contact?: string };

/** One processing activity as the file gives it. Lists are empty when the file says nothing. */
export type ImportedActivity = {
  /** The first row of the activity in its file (for grouped rows, the first of the group). */
  place: CellPlace;
  name: string;
  /** A RoPA Desk id, when the file carries one (our own spreadsheet, a Fides manifest written by us). */
  id?: string;
  /**
   * What names this activity in its file for good (CISO Assistant's ref_id, a Fides declaration's key); the name when
   * absent. Kept with the activity, so that the same file imported again updates it instead of adding it twice.
   */
  sourceKey?: string;
  role?: ActivityRole;
  description?: string;
  purposes: string[];
  legalBases: ImportedLegalBasis[];
  specialCategoryConditions: SpecialCategoryCondition[];
  dataSubjects: string[];
  dataCategories: ImportedDataCategory[];
  sources: string[];
  recipients: string[];
  /** Processors by name: matched to the register's processors, or to `ImportedRegister.processors`, by name. */
  processorNames: string[];
  transfers: ImportedTransfer[];
  retention?: string;
  securityMeasures: string[];
  jointControllers: ImportedParty[];
  dpia?: { required: boolean; reason?: string; reference?: string; completedOn?: string };
  public?: boolean;
  status?: ActivityStatus;
  owner?: string;
  lastReviewedOn?: string;
  nextReviewOn?: string;
  /** Text that fits no field or no choice, each line naming its column: kept, never dropped (`Lawful basis: "…"`). */
  notes: string[];
  /** Columns or fields the layout has no place for, by their `x-` name (`x-ico-privacy-notice-link`). */
  extensions: Record<`x-${string}`, unknown>;
};

/** A processor the file names (CISO Assistant's contractors, a Fides system's data processors). */
export type ImportedProcessor = {
  place: CellPlace;
  name: string;
  service?: string;
  country?: string;
  dataLocations?: string[];
  contact?: string;
  extensions: Record<`x-${string}`, unknown>;
};

/** The controller's own details, where the layout has them (the ICO template's top block, a Fides organization). */
export type ImportedOrganisation = {
  name?: string;
  /** ISO 3166 alpha-2, when the file says it (else it is read from the address's last line, if it names a country). */
  country?: string;
  address?: string;
  email?: string;
  phone?: string;
  website?: string;
  dpo?: { name?: string; email?: string; phone?: string; address?: string };
  representative?: { name: string; address?: string; email?: string };
};

/** The layouts recognised by their headers or structure; `mapping` is any sheet read through a column mapping. */
export type LayoutId = 'ico' | 'cnil' | 'ciso-assistant' | 'ciso-assistant-workbook' | 'fides' | 'mapping';

export type ImportedRegister = {
  layout: LayoutId;
  activities: ImportedActivity[];
  processors: ImportedProcessor[];
  organisation?: ImportedOrganisation;
  findings: ImportFinding[];
};

/** A sheet as read from a file, every row (row 1 of the file is `rows[0]`); cells are text, trimmed of nothing. */
export type SheetGrid = { name: string; rows: string[][] };

/** An activity with every list empty: what a layout's reader starts each row from. */
export function emptyActivity(place: CellPlace, name: string): ImportedActivity {
  return {
    place,
    name,
    purposes: [],
    legalBases: [],
    specialCategoryConditions: [],
    dataSubjects: [],
    dataCategories: [],
    sources: [],
    recipients: [],
    processorNames: [],
    transfers: [],
    securityMeasures: [],
    jointControllers: [],
    notes: [],
    extensions: {},
  };
}

/** Where a finding points, as one phrase: `HR sheet, row 7, column "Lawful basis"`. */
export function describePlace(place: CellPlace): string {
  const column = place.column === undefined ? '' : `, column "${place.column}"`;
  return `${place.sheet} sheet, row ${place.row}${column}`;
}

/** A layout recognised by its sheets' headers or structure, and read from them. */
export type KnownLayout = {
  id: LayoutId;
  /** Its name as a DPO knows it ("UK ICO documentation template"). */
  title: string;
  /** True when the sheets are in this layout (headers found where the layout has them); never throws. */
  recognises(sheets: readonly SheetGrid[]): boolean;
  /** Reads the sheets; refuses (RegisterError 'invalid-input', naming sheet, row and column) only what cannot be read at all. */
  read(sheets: readonly SheetGrid[]): ImportedRegister;
};
