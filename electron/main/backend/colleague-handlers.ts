// The commands of the files that go to colleagues and come back: the export for a colleague, and the file coming
// back, imported into an empty register or merged into one that holds records: the file is read here (by path, chosen in the host's dialog, or given
// as an exchange text), previewed, then applied. The apply reads the file again and refuses it if it changed since
// the preview the person looked at.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CommandOutputs, ImportProgress } from '../../../shared/ipc/contract.ts';
import { RegisterError } from '../../../shared/result.ts';
import type { Host } from './backend.ts';
import type { ColleagueFileReader } from './colleague-files/colleague-file-reader.ts';
import type { ColleagueFile } from './colleague-files/read-colleague-file.ts';
import { COLLEAGUE_EXTENSIONS, colleagueFormatOf, writeColleagueFile } from './colleague-files/write-colleague-file.ts';
import { destination } from './document-handlers.ts';
import { checkDestination } from './files/destination.ts';
import { fileSafe } from './reports/report-name.ts';
import type { CommandInputOf, HandlerTable } from './handlers.ts';
import { exchangeFileFromText } from './services/exchange.ts';
import type { Services } from './services/index.ts';

type ColleagueCommands = 'exportForColleague' | 'importRegister' | 'previewMerge' | 'applyMerge';
const FORMAT_NAMES = { json: 'a RoPA exchange file', xlsx: 'an Excel workbook', csv: 'a CSV file' } as const;

type FileInput = Pick<CommandInputOf<'previewMerge'>, 'text' | 'fileName' | 'path'>;

export function colleagueHandlers(
  services: () => Services,
  host: Host,
  reader: ColleagueFileReader,
  onProgress: (progress: ImportProgress) => void,
): Pick<HandlerTable, ColleagueCommands> {
  /** The file to merge, read; null when the person cancelled the dialog. */
  async function read(input: FileInput, ask: boolean, receiving = () => services().exchange.exportRegister()): Promise<(ColleagueFile & { path?: string }) | null> {
    if (input.text !== undefined) return exchangeFileFromText(input.text, input.fileName);
    let filePath = input.path;
    if (filePath === undefined && ask && host.chooseColleagueFile !== undefined) {
      const chosen = await host.chooseColleagueFile();
      if (chosen === null) return null;
      filePath = chosen;
    }
    if (filePath === undefined) throw new RegisterError('invalid-input', 'Say which file to import: its path, such as hr.ropa.json', 'path');
    const absolute = path.resolve(filePath);
    const file = await reader.read(absolute, receiving);
    onProgress({ stage: 'comparing' });
    return { ...file, path: absolute };
  }

  return {
    exportForColleague: async ({ format, path: given, ...scope }) => {
      const info = services().register.info();
      const name = `${fileSafe(scope.owner ?? info.name, 'Register')} – for a colleague (rev ${info.revision})${COLLEAGUE_EXTENSIONS[format]}`;
      const chosen = await destination(host, given, () => host.chooseDocumentDestination?.('colleague-file', name, format), `hr${COLLEAGUE_EXTENSIONS[format]}`);
      if (chosen === null) return { cancelled: true };
      const asked = colleagueFormatOf(chosen);
      if (asked !== undefined && asked !== format) {
        throw new RegisterError('invalid-input', `${path.basename(chosen)} names another format than ${format.toUpperCase()}: give a name ending in ${COLLEAGUE_EXTENSIONS[format]}`, 'path');
      }
      checkDestination(chosen, { document: 'file', extensions: [format === 'json' ? '.json' : COLLEAGUE_EXTENSIONS[format]], formats: FORMAT_NAMES[format] });
      let document;
      try {
        document = services().merges.exportForColleague(scope);
        await writeColleagueFile(document, chosen, format);
      } catch (error) {
        if (error instanceof RegisterError && error.code !== 'io') throw error;
        const code = (error as { code?: unknown }).code;
        const full = code === 'ENOSPC' || code === 'SQLITE_FULL' || /disk is full/.test((error as Error).message);
        throw new RegisterError('io', `The file was not saved to ${chosen}: ${full ? 'the disk is full' : (error as Error).message}. No file was left behind`, 'path');
      }
      const { organisations, processors, activities } = document;
      return { path: chosen, format, bytes: statSync(chosen).size, organisations: organisations.length, processors: processors.length, activities: activities.length };
    },
    importRegister: async (input) => {
      services().exchange.refuseUnlessEmpty(); // before reading what may be a 100 MiB file
      const file = await read(input, false, () => {
        throw new RegisterError('invalid-input', 'holds activities only, and this register is empty: import the whole register first (its exchange file or spreadsheet), then the CSV');
      });
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
