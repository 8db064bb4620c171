// Saving a file for a colleague: where (the path given, or the host's Save dialog), checked before any work; then
// the export, kept for the three-way merge of the file coming back, written whole or not at all.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CommandOutputs } from '../../../../shared/ipc/contract.ts';
import type { ExportScope } from '../../../../shared/exchange/part.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import type { Host } from '../backend.ts';
import { askDestination } from '../files/ask-destination.ts';
import { notSaved } from '../files/disk-full.ts';
import { checkDestination, type WrittenAs } from '../files/destination.ts';
import { colleagueFileName } from '../files/file-names.ts';
import type { Services } from '../services/index.ts';
import { COLLEAGUE_EXTENSIONS, DIALOG_EXTENSIONS, colleagueFormatOf, writeColleagueFile, type ColleagueFormat } from './write-colleague-file.ts';

const FORMAT_NAMES: Record<ColleagueFormat, WrittenAs> = {
  json: 'a RoPA exchange file',
  xlsx: 'an Excel workbook',
  csv: 'a CSV file',
  fides: 'a Fides manifest',
};

/** The endings a destination of each format may have. */
const ENDINGS: Record<ColleagueFormat, string[]> = { json: ['.json'], xlsx: ['.xlsx'], csv: ['.csv'], fides: ['.yml', '.yaml'] };

export async function saveForColleague(
  services: Services,
  host: Host,
  request: ExportScope & { format: ColleagueFormat; path?: string | undefined },
): Promise<CommandOutputs['exportForColleague']> {
  const { format, path: given, ...scope } = request;
  const info = services.register.info();
  const extension = COLLEAGUE_EXTENSIONS[format];
  const name = colleagueFileName(scope.owner ?? info.name, info.revision, extension);
  const chosen = await askDestination(host, given, () => host.chooseDocumentDestination?.('colleague-file', name, DIALOG_EXTENSIONS[format]), `hr${extension}`);
  if (chosen === null) return { cancelled: true };
  const asked = colleagueFormatOf(chosen);
  if (asked !== undefined && asked !== format) {
    throw refuse('invalid-input', 'files:otherFormatName', { name: path.basename(chosen), format: format.toUpperCase(), extension }, 'path');
  }
  checkDestination(chosen, { document: 'file', extensions: ENDINGS[format], formats: FORMAT_NAMES[format] });
  let document;
  try {
    document = services.merges.exportKeepingBase(scope);
    await writeColleagueFile(document, chosen, format);
  } catch (error) {
    if (error instanceof RegisterError && error.code !== 'io') throw error;
    // Out of space for the kept export (in the register) or for the file itself: either way nothing was saved.
    throw notSaved('The file', chosen, error);
  }
  const { organisations, processors, activities } = document;
  return {
    path: chosen,
    format,
    bytes: statSync(chosen).size,
    organisations: organisations.length,
    processors: processors.length,
    activities: activities.length,
  };
}
