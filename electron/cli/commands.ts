// Which module runs each command. A command's module (and what it imports) is loaded only when that command runs,
// so that `ropa check` does not load the PDF or spreadsheet code and `ropa --version` loads none of it.
import type { Backend } from '../main/backend/backend.ts';
import type { CliOptions } from './arguments.ts';
import type { Output } from './cli-support.ts';
import type { CliCommandName } from './usage.ts';

export type CommandRun = (backend: Backend, operands: string[], options: CliOptions, output: Output) => Promise<number>;

/** One loader per command of usage.ts (the record's type makes a command without a module, or one too many, an error). */
export const COMMANDS: Record<CliCommandName, () => Promise<CommandRun>> = {
  init: async () => (await import('./init-command.ts')).init,
  import: async () => (await import('./import-command.ts')).importFile,
  mapping: async () => (await import('./mapping-command.ts')).mapping,
  'undo-import': async () => {
    const { undoImport } = await import('./undo-import-command.ts');
    return (backend, operands, _options, output) => undoImport(backend, operands, output);
  },
  backups: async () => (await import('./backups-command.ts')).backups,
  export: async () => (await import('./export-command.ts')).exportFile,
  report: async () => (await import('./report-command.ts')).report,
  check: async () => (await import('./check-command.ts')).check,
  policy: async () => (await import('./policy-command.ts')).policy,
  templates: async () => (await import('./templates-command.ts')).templates,
  history: async () => (await import('./history-command.ts')).history,
  diff: async () => (await import('./diff-command.ts')).diff,
};
