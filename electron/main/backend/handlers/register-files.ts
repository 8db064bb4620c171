// Handlers of which register file is open, and of its backups (declared in shared/ipc/commands/register-files.ts).
// The session (../session/session.ts) does the work: it holds the open register, its lock and the recent files.
import type { registerFileCommands } from '../../../../shared/ipc/commands/register-files.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function registerFileHandlers({ session }: HandlerContext): HandlersOf<typeof registerFileCommands> {
  return {
    currentFile: () => session.currentFile(),
    recentFiles: () => session.recentFiles(),
    openFile: ({ path, readOnly }) => session.openFile(path, readOnly),
    createFile: (input) => session.createFile(input),
    openDemo: () => session.openDemo(),
    viewAsOf: ({ at }) => session.viewAsOf(at),
    listBackups: () => session.listBackups(),
    createBackup: () => session.createBackup(),
    restoreBackup: ({ name }) => session.restoreBackup(name),
    undoLastImport: () => session.undoLastImport(),
  };
}
