import type { Connection } from '../db/connection.ts';
import { createRepositories } from '../repositories/index.ts';
import { activityService } from './activities.ts';
import { auditService } from './audit.ts';
import { bulkEditService } from './bulk-edits.ts';
import { checkService } from './checks.ts';
import { columnMappingService } from './column-mappings.ts';
import { createServiceContext, type ServiceDependencies } from './context.ts';
import { exchangeService } from './exchange.ts';
import { mergeService } from './merges.ts';
import { organisationService } from './organisations.ts';
import { policyService } from './policies.ts';
import { processorService } from './processors.ts';
import { registerService } from './register.ts';

/** Every service of one open register file. */
export function createServices(db: Connection, filePath: string, dependencies: ServiceDependencies) {
  const context = createServiceContext(db, createRepositories(db), filePath, dependencies);
  const exchange = exchangeService(context);
  const organisations = organisationService(context);
  const processors = processorService(context);
  const activities = activityService(context);
  const checks = checkService(context);
  return {
    register: registerService(context),
    organisations,
    processors,
    activities,
    audit: auditService(context),
    bulkEdits: bulkEditService(context, { activity: activities.keeper, processor: processors.keeper }),
    checks,
    columnMappings: columnMappingService(context),
    exchange,
    policies: policyService(context, exchange),
    merges: mergeService(context, exchange, checks, { organisation: organisations.keeper, processor: processors.keeper, activity: activities.keeper }),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { ServiceDependencies } from './context.ts';
