// Handlers of the files that go to colleagues and come back (declared in shared/ipc/commands/colleague-files.ts): the
// export for a colleague, and the file coming back, imported into an empty register or merged into one that holds
// records. The file is read here (by path, chosen in the host's dialog, or given as an exchange text), previewed,
// then applied; the apply reads it again and refuses it if it changed since the preview the person looked at.
import path from 'node:path';
import type { colleagueFileCommands } from '../../../../shared/ipc/commands/colleague-files.ts';
import type { ParsedCommandInput } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { saveForColleague } from '../colleague-files/save-for-colleague.ts';
import { exchangeFileFromText, type ExchangeService } from '../services/exchange.ts';
import type { ColleagueFile, MergeService } from '../services/merges.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

type FileGiven = Pick<ParsedCommandInput<'previewMerge'>, 'text' | 'fileName' | 'path' | 'mapping'>;

export function colleagueFileHandlers({ session, host, colleagueFiles }: HandlerContext): HandlersOf<typeof colleagueFileCommands> {
  const exchange = (): ExchangeService => openServices(session).exchange;
  const merges = (): MergeService => openServices(session).merges;

  /** The file given (a path, or an exchange file's text), read in the reading thread. */
  async function readGiven(input: FileGiven, receiving = () => exchange().receivingDocument()): Promise<ColleagueFile & { path?: string }> {
    if (input.text !== undefined) return exchangeFileFromText(input.text, input.fileName);
    if (input.path === undefined) throw refuse('invalid-input', 'register:sayWhichFileToImport', {}, 'path');
    const absolute = path.resolve(input.path);
    const file = await colleagueFiles.read(absolute, receiving, input.mapping);
    session.emit({ type: 'import-progress', progress: { stage: 'comparing' } });
    return { ...file, path: absolute };
  }

  /** The file given, or else the one the host's dialog returns; null when the person cancelled the dialog. */
  async function readOrAsk(input: FileGiven): Promise<(ColleagueFile & { path?: string }) | null> {
    if (input.text !== undefined || input.path !== undefined || host.chooseColleagueFile === undefined) return readGiven(input);
    const chosen = await host.chooseColleagueFile();
    if (chosen === null) return null;
    try {
      return await readGiven({ path: chosen, mapping: input.mapping });
    } catch (error) {
      // The page never saw the path the dialog returned: a refusal names the file (to map its columns, for one).
      throw error instanceof RegisterError ? error.aboutFile(path.resolve(chosen)) : error;
    }
  }

  /** A mapping given a name is saved in the register once a file read with it is applied, to be offered again. */
  function keepMapping(mapping: FileGiven['mapping']): void {
    if (mapping?.name !== undefined) openServices(session).columnMappings.save(mapping);
  }

  return {
    exportRegister: () => merges().exportKeepingBase(),
    exportRegisterAsOf: ({ at }) => exchange().registerDocumentAsOf(at),
    exportForColleague: (request) => saveForColleague(openServices(session), host, request),
    importRegister: async (input) => {
      exchange().refuseUnlessEmpty(); // before reading what may be a 100 MiB file
      const file = await readGiven(input);
      const summary = exchange().importRegister(file);
      keepMapping(input.mapping);
      return file.warnings.length === 0 ? summary : { ...summary, warnings: file.warnings };
    },
    previewMerge: async ({ matches, ...input }) => {
      const file = await readOrAsk(input);
      if (file === null) return { cancelled: true };
      const preview = merges().preview({ ...file, matches });
      return file.path === undefined ? preview : { ...preview, path: file.path };
    },
    applyMerge: async ({ sha256, matches, resolutions, ...input }) => {
      const file = await readGiven(input);
      if (sha256 !== undefined && sha256 !== file.sha256) {
        throw refuse('conflict', 'register:fileChangedSincePreview', { file: file.fileName });
      }
      const applied = merges().apply({ ...file, matches }, resolutions);
      keepMapping(input.mapping);
      return applied;
    },
  };
}
