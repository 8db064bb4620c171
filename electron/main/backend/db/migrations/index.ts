import type { Migration } from './migration.ts';
import { initialSchema } from './001-initial-schema.ts';
import { policyVersions } from './002-policy-versions.ts';
import { exportSnapshots } from './003-export-snapshots.ts';
import { snapshotsPerExport } from './004-snapshots-per-export.ts';
import { findingsAndCountries } from './005-findings-and-countries.ts';
import { columnMappings } from './006-column-mappings.ts';
import { chainedAuditLog } from './007-chained-audit-log.ts';

/** Every schema step, in order. Add a new numbered file and list it here; never edit a released step. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  policyVersions,
  exportSnapshots,
  snapshotsPerExport,
  findingsAndCountries,
  columnMappings,
  chainedAuditLog,
];

export type { Migration };
