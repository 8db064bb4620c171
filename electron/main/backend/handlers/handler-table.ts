// The shape of the handler table, derived from the command declarations (shared/ipc/commands/): one handler per
// command, taking its parsed input and answering its output. A command declared without a handler is a type error
// (in its domain's file, and in index.ts, which joins them).
import type { CommandName, CommandOutputs, ParsedCommandInput } from '../../../../shared/ipc/contract.ts';

/** Runs one command on its input, already parsed with the command's schema (invoke.ts); throws a RegisterError to refuse. */
export type CommandHandler<Name extends CommandName> = (input: ParsedCommandInput<Name>) => CommandOutputs[Name] | Promise<CommandOutputs[Name]>;

export type HandlerTable = { readonly [Name in CommandName]: CommandHandler<Name> };

/** The handlers of one domain's declarations, e.g. `HandlersOf<typeof activityCommands>`. */
export type HandlersOf<Declarations> = { readonly [Name in keyof Declarations & CommandName]: CommandHandler<Name> };
