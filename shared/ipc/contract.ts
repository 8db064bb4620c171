// The one contract between the register backend and its three transports (Electron IPC, the CLI, the test bridge),
// derived from the command declarations in commands/ (one per command: input schema, output type, whether it
// changes the register). Nothing here is written per command: add a command to its domain's file in commands/, and
// the types below, the preload, the renderer client and the bridge follow; the backend's handler table then fails
// the type check until the command has its handler.
import type { z } from 'zod';
import type { Result } from '../result.ts';
import type { Returns } from './commands/declare.ts';
import type { CommandName, Commands } from './commands/index.ts';
import type { InputSchema } from './input-schemas.ts';

export { COMMAND_NAMES, COMMANDS, changesRegister, isCommandName, type CommandName } from './commands/index.ts';
export * from './outputs.ts';
export * from './events.ts';

/** What a caller passes (defaults and transforms of the schema not yet applied). */
export type CommandInput<Name extends CommandName> = z.input<InputSchema<Name>>;
/** What the handler receives: the input once the backend parsed it with the command's schema. */
export type ParsedCommandInput<Name extends CommandName> = z.output<InputSchema<Name>>;

/** Each command's output, as its declaration says. */
export type CommandOutputs = { [Name in CommandName]: Commands[Name]['output'] extends Returns<infer Output> ? Output : never };

/** The API every transport offers: one async function per command, resolving to a Result, never rejecting. */
export type RopaApi = {
  [Name in CommandName]: (input: CommandInput<Name>) => Promise<Result<CommandOutputs[Name]>>;
};
