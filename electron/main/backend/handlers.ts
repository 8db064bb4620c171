// The handler table: one entry per command of the contract, each a thin call into the session or a service.
// Inputs arrive here already parsed with the contract's schema (see invoke.ts).
import type { z } from 'zod';
import type { CommandName, CommandOutputs, commandInputs } from '../../../shared/ipc/contract.ts';
import type { Host } from './backend.ts';
import type { ColleagueFileReader } from './colleague-files/colleague-file-reader.ts';
import { documentHandlers } from './document-handlers.ts';
import { colleagueHandlers } from './colleague-handlers.ts';
import type { ReportJobs } from './reports/report-jobs.ts';
import type { Session } from './session/session.ts';

export type CommandInputOf<Name extends CommandName> = z.output<(typeof commandInputs)[Name]>;
export type CommandHandler<Name extends CommandName> = (
  input: CommandInputOf<Name>,
) => CommandOutputs[Name] | Promise<CommandOutputs[Name]>;
/** A mapped type over the contract: a command added there without a handler here is a type error. */
export type HandlerTable = { readonly [Name in CommandName]: CommandHandler<Name> };

export function createHandlers(session: Session, workers: { reports: ReportJobs; colleagueFiles: ColleagueFileReader }, host: Host, fontsDir: string): HandlerTable {
  // Resolved at each call: the open register changes when a file is opened, and none may be open yet.
  const services = () => session.store().services;
  return {
    registerInfo: () => services().register.info(),
    updateRegister: (input) => services().register.update(input),

    listOrganisations: () => services().organisations.list(),
    saveOrganisation: ({ record }) => services().organisations.save(record),
    deleteOrganisation: ({ id }) => services().organisations.delete(id),

    listProcessors: () => services().processors.list(),
    saveProcessor: ({ record }) => services().processors.save(record),
    deleteProcessor: ({ id }) => services().processors.delete(id),

    listActivities: () => services().activities.list(),
    getActivity: ({ id }) => services().activities.get(id),
    saveActivity: ({ record }) => services().activities.save(record),
    duplicateActivity: ({ id }) => services().activities.duplicate(id),
    setActivityStatus: ({ id, status }) => services().activities.setStatus(id, status),
    deleteActivity: ({ id }) => services().activities.delete(id),

    listAudit: (input) => services().audit.list(input),

    checkRegister: (input) => services().checks.check(input),
    acceptFinding: ({ key, reason }) => services().checks.accept(key, reason),
    reopenFinding: ({ key }) => services().checks.reopen(key),

    exportRegister: () => services().merges.exportForColleague(),
    undoLastImport: () => session.undoLastImport(),
    listBackups: () => session.listBackups(),
    restoreBackup: ({ name }) => session.restoreBackup(name),

    currentFile: () => session.currentFile(),
    recentFiles: () => session.recentFiles(),
    openFile: ({ path, readOnly }) => session.openFile(path, readOnly),
    createFile: (input) => session.createFile(input),
    openDemo: () => session.openDemo(),

    ...documentHandlers(services, workers.reports, host, fontsDir),
    ...colleagueHandlers(services, host, workers.colleagueFiles, (progress) => session.emit({ type: 'import-progress', progress })),
  };
}
