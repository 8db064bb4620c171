// The handler table: one handler per command, joined from one file per domain. A command's handler is in the file
// named like the file that declares it (shared/ipc/commands/activities.ts → ./activities.ts); from there the
// imports lead to its service (../services/) and the service's to its repository (../repositories/).
import type { HandlerContext } from './context.ts';
import type { HandlerTable } from './handler-table.ts';
import { activityHandlers } from './activities.ts';
import { checkHandlers } from './checks.ts';
import { colleagueFileHandlers } from './colleague-files.ts';
import { documentHandlers } from './documents.ts';
import { organisationHandlers } from './organisations.ts';
import { processorHandlers } from './processors.ts';
import { registerHandlers } from './register.ts';
import { registerFileHandlers } from './register-files.ts';

export type { HandlerContext } from './context.ts';
export type { HandlerTable } from './handler-table.ts';

/** Every command's handler; the return type makes a declared command without a handler a type error. */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...registerHandlers(context),
    ...organisationHandlers(context),
    ...processorHandlers(context),
    ...activityHandlers(context),
    ...checkHandlers(context),
    ...registerFileHandlers(context),
    ...documentHandlers(context),
    ...colleagueFileHandlers(context),
  };
}
