// The one list of the register backend's commands, joined from one file per domain. A command is declared once, in
// its domain's file (input schema, output type, whether it changes the register); its handler is the function of
// the same name in electron/main/backend/handlers/<the same domain>.ts.
//
// Zod-free at run time (see declare.ts): the preload, the renderer client and the test bridge take the names from here.
import { activityCommands } from './activities.ts';
import { checkCommands } from './checks.ts';
import { colleagueFileCommands } from './colleague-files.ts';
import { documentCommands } from './documents.ts';
import { organisationCommands } from './organisations.ts';
import { processorCommands } from './processors.ts';
import { registerCommands } from './register.ts';
import { registerFileCommands } from './register-files.ts';

export const COMMANDS = {
  ...registerCommands,
  ...organisationCommands,
  ...processorCommands,
  ...activityCommands,
  ...checkCommands,
  ...registerFileCommands,
  ...documentCommands,
  ...colleagueFileCommands,
} as const;

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** A command of the list, by its own keys only (not `toString`, `__proto__` and the like): what a transport checks first. */
export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(COMMANDS, name);
}

/** True when a success of the command changes the register or which register is open (the renderer's cache reloads). */
export function changesRegister(name: CommandName): boolean {
  return COMMANDS[name].changesRegister;
}
