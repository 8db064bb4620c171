// The commands that take in a colleague's file (into an empty register, or merged into one that holds records): the file is read here (by path, chosen in the host's dialog, or given
// as an exchange text), previewed, then applied. The apply reads the file again and refuses it if it changed since
// the preview the person looked at.
import path from 'node:path';
import type { CommandOutputs } from '../../../shared/ipc/contract.ts';
import { RegisterError } from '../../../shared/result.ts';
import type { Host } from './backend.ts';
import { readColleagueFile, type ColleagueFile } from './colleague-files/read-colleague-file.ts';
import type { CommandInputOf, HandlerTable } from './handlers.ts';
import { exchangeFileFromText } from './services/exchange.ts';
import type { Services } from './services/index.ts';

type MergeCommands = 'importRegister' | 'previewMerge' | 'applyMerge';
type FileInput = Pick<CommandInputOf<'previewMerge'>, 'text' | 'fileName' | 'path'>;

export function mergeHandlers(services: () => Services, host: Host): Pick<HandlerTable, MergeCommands> {
  /** The file to merge, read; null when the person cancelled the dialog. */
  async function read(input: FileInput, ask: boolean): Promise<(ColleagueFile & { path?: string }) | null> {
    if (input.text !== undefined) return exchangeFileFromText(input.text, input.fileName);
    let filePath = input.path;
    if (filePath === undefined && ask && host.chooseColleagueFile !== undefined) {
      const chosen = await host.chooseColleagueFile();
      if (chosen === null) return null;
      filePath = chosen;
    }
    if (filePath === undefined) throw new RegisterError('invalid-input', 'Say which file to import: its path, such as hr.ropa.json', 'path');
    const absolute = path.resolve(filePath);
    return { ...(await readColleagueFile(absolute, { now: () => new Date() })), path: absolute };
  }

  return {
    importRegister: async (input) => {
      services().exchange.refuseUnlessEmpty(); // before reading what may be a 100 MiB file
      const file = await read(input, false);
      if (file === null) throw new RegisterError('cancelled', 'No file was chosen');
      return services().exchange.importRegister(file);
    },
    previewMerge: async ({ matches, ...input }): Promise<CommandOutputs['previewMerge']> => {
      const file = await read(input, true);
      if (file === null) return { cancelled: true };
      const preview = services().merges.preview({ ...file, matches });
      return file.path === undefined ? preview : { ...preview, path: file.path };
    },
    applyMerge: async ({ sha256, matches, resolutions, ...input }) => {
      const file = await read(input, false);
      if (file === null) throw new RegisterError('cancelled', 'No file was chosen');
      if (sha256 !== undefined && sha256 !== file.sha256) {
        throw new RegisterError('conflict', `${file.fileName} changed since it was previewed: preview it again before merging; nothing was written`);
      }
      return services().merges.apply({ ...file, matches }, resolutions);
    },
  };
}
