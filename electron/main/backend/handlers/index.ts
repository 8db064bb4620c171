// The handler table: one handler per command, joined from one file per domain. A command's handler is in the file
// named like the file that declares it (shared/ipc/commands/activities.ts → ./activities.ts); from there the
// imports lead to its service (../services/) and the service's to its repository (../repositories/).
//
// A domain's file (and the PDF, spreadsheet or merge code it imports) is loaded when one of its commands is first
// called: `ropa check` loads the checks, not the report's layout, and the app's window opens before the merge code
// is needed.
import { changesRegister, COMMAND_DOMAINS, COMMAND_NAMES, domainOf, type CommandDomain } from '../../../../shared/ipc/commands/index.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf, HandlerTable } from './handler-table.ts';

export type { HandlerContext } from './context.ts';
export type { HandlerTable } from './handler-table.ts';

type DomainLoaders = {
  readonly [Domain in CommandDomain]: () => Promise<(context: HandlerContext) => HandlersOf<(typeof COMMAND_DOMAINS)[Domain]>>;
};

/** Each domain's handlers; the type makes a declared command without a handler, or a domain without a file, an error. */
const DOMAIN_HANDLERS: DomainLoaders = {
  register: async () => (await import('./register.ts')).registerHandlers,
  organisations: async () => (await import('./organisations.ts')).organisationHandlers,
  processors: async () => (await import('./processors.ts')).processorHandlers,
  activities: async () => (await import('./activities.ts')).activityHandlers,
  bulkEdits: async () => (await import('./bulk-edits.ts')).bulkEditHandlers,
  checks: async () => (await import('./checks.ts')).checkHandlers,
  registerFiles: async () => (await import('./register-files.ts')).registerFileHandlers,
  documents: async () => (await import('./documents.ts')).documentHandlers,
  colleagueFiles: async () => (await import('./colleague-files.ts')).colleagueFileHandlers,
  columnMappings: async () => (await import('./column-mappings.ts')).columnMappingHandlers,
  templates: async () => (await import('./templates.ts')).templateHandlers,
  preferences: async () => (await import('./preferences.ts')).preferenceHandlers,
  history: async () => (await import('./history.ts')).historyHandlers,
};

/** The commands that change which register is open, not the register: they may be given while one is viewed as of a moment. */
const SWITCHING_REGISTER: ReadonlySet<string> = new Set(['openFile', 'createFile', 'openDemo', 'viewAsOf']);

type LoadedHandlers = Readonly<Record<string, (input: unknown) => unknown>>;

/** Every command's handler, each loading its domain's file on first call (once: a domain's handlers keep state). */
export function createHandlers(context: HandlerContext): HandlerTable {
  const loaded = new Map<CommandDomain, Promise<LoadedHandlers>>();
  const handlersOf = (domain: CommandDomain): Promise<LoadedHandlers> => {
    let handlers = loaded.get(domain);
    if (handlers === undefined) {
      handlers = DOMAIN_HANDLERS[domain]().then((create) => create(context) as unknown as LoadedHandlers);
      loaded.set(domain, handlers);
    }
    return handlers;
  };
  const table = Object.fromEntries(
    COMMAND_NAMES.map((name) => {
      const domain = domainOf(name);
      if (!changesRegister(name)) return [name, async (input: unknown) => (await handlersOf(domain))[name]?.(input)];
      return [
        name,
        async (input: unknown) => {
          // A register viewed as of a moment is read-only: said before anything is tried (opening a file is not a change to it).
          if (!SWITCHING_REGISTER.has(name)) context.session.refuseWhileViewing();
          const output = await (await handlersOf(domain))[name]?.(input);
          // Committed: the session may now owe a new register its first backup (session.ts, afterChange).
          context.session.afterChange();
          return output;
        },
      ];
    }),
  );
  // Each entry forwards to its domain's handler of the same name, whose type DOMAIN_HANDLERS checks.
  return table as unknown as HandlerTable;
}
