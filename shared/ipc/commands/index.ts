// The one list of the register backend's commands, joined from one file per domain. A command is declared once, in
// its domain's file (input schema, output type, whether it changes the register); its handler is the function of
// the same name in electron/main/backend/handlers/<the same domain>.ts.
//
// Zod-free at run time (see declare.ts): the preload, the renderer client and the test bridge take the names from here.
import { activityCommands } from './activities.ts';
import { bulkEditCommands } from './bulk-edits.ts';
import { checkCommands } from './checks.ts';
import { colleagueFileCommands } from './colleague-files.ts';
import { columnMappingCommands } from './column-mappings.ts';
import { documentCommands } from './documents.ts';
import { historyCommands } from './history.ts';
import { organisationCommands } from './organisations.ts';
import { preferenceCommands } from './preferences.ts';
import { processorCommands } from './processors.ts';
import { registerCommands } from './register.ts';
import { registerFileCommands } from './register-files.ts';
import { templateCommands } from './templates.ts';

/** The commands by domain: each domain's handlers are in electron/main/backend/handlers/, loaded when first called. */
export const COMMAND_DOMAINS = {
  register: registerCommands,
  organisations: organisationCommands,
  processors: processorCommands,
  activities: activityCommands,
  bulkEdits: bulkEditCommands,
  checks: checkCommands,
  registerFiles: registerFileCommands,
  documents: documentCommands,
  colleagueFiles: colleagueFileCommands,
  columnMappings: columnMappingCommands,
  templates: templateCommands,
  preferences: preferenceCommands,
  history: historyCommands,
} as const;
export type CommandDomain = keyof typeof COMMAND_DOMAINS;

export const COMMANDS = {
  ...registerCommands,
  ...organisationCommands,
  ...processorCommands,
  ...activityCommands,
  ...bulkEditCommands,
  ...checkCommands,
  ...registerFileCommands,
  ...documentCommands,
  ...colleagueFileCommands,
  ...columnMappingCommands,
  ...templateCommands,
  ...preferenceCommands,
  ...historyCommands,
} as const;

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** A command of the list, by its own keys only (not `toString`, `__proto__` and the like): what a transport checks first. */
export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(COMMANDS, name);
}

const DOMAIN_OF = new Map<string, CommandDomain>(
  (Object.keys(COMMAND_DOMAINS) as CommandDomain[]).flatMap((domain) => Object.keys(COMMAND_DOMAINS[domain]).map((name) => [name, domain] as const)),
);

/** The domain a command is declared in (its handler is in the handlers file of the same name). */
export function domainOf(name: CommandName): CommandDomain {
  return DOMAIN_OF.get(name) as CommandDomain; // every command is in exactly one domain: COMMANDS is their union
}

/** True when a success of the command changes the register or which register is open (the renderer's cache reloads). */
export function changesRegister(name: CommandName): boolean {
  return COMMANDS[name].changesRegister;
}
