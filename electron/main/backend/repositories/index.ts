import type { Connection } from '../db/connection.ts';
import { activityRepository } from './activity-repository.ts';
import { auditRepository } from './audit-repository.ts';
import { bulkEditRepository } from './bulk-edit-repository.ts';
import { columnMappingRepository } from './column-mapping-repository.ts';
import { findingAcceptanceRepository } from './finding-acceptance-repository.ts';
import { organisationRepository } from './organisation-repository.ts';
import { policyRepository } from './policy-repository.ts';
import { processorRepository } from './processor-repository.ts';
import { registerAsOf } from './register-as-of.ts';
import { registerRepository } from './register-repository.ts';
import { snapshotRepository } from './snapshot-repository.ts';

/** Every table's repository over one connection; statements are prepared once, here. */
export function createRepositories(db: Connection) {
  return {
    register: registerRepository(db),
    organisations: organisationRepository(db),
    processors: processorRepository(db),
    activities: activityRepository(db),
    audit: auditRepository(db),
    bulkEdits: bulkEditRepository(db),
    policies: policyRepository(db),
    snapshots: snapshotRepository(db),
    findingAcceptances: findingAcceptanceRepository(db),
    columnMappings: columnMappingRepository(db),
    asOf: registerAsOf(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export { activityReference } from './activity-repository.ts';
export { registerHistoryBody, type RegisterRow } from './register-repository.ts';
export type { FieldChange, NewAuditEntry } from './audit-repository.ts';
export type { Usage } from './usage.ts';
