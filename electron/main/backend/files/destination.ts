// Where a document the app writes (a report, a privacy policy) is to be saved, checked before any work is done:
// the right extension, an existing folder that can be written to, no folder of that name in the way.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';

/** The documents the app saves, as the English messages name them; each has sentences of its own in the catalogue. */
export type SavedDocument = 'report' | 'privacy policy' | 'file';

/** What a document is written as, as the English message says it; each is a sentence of its own in the catalogue. */
export type WrittenAs = 'a PDF' | 'HTML, Markdown or PDF' | 'a RoPA exchange file' | 'an Excel workbook' | 'a CSV file' | 'a Fides manifest';

export type DestinationRule = {
  /** What is saved: "report", "privacy policy", "file" (for a colleague). */
  document: SavedDocument;
  /** Accepted endings, lower case with the dot. */
  extensions: readonly string[];
  /** What the document is written as, for the message: "a PDF", "HTML, Markdown or PDF". */
  formats: WrittenAs;
};

const WRONG_ENDING: Readonly<Record<WrittenAs, RefusalKey>> = {
  'a PDF': 'files:reportWrongEnding',
  'HTML, Markdown or PDF': 'files:policyWrongEnding',
  'a RoPA exchange file': 'files:exchangeFileWrongEnding',
  'an Excel workbook': 'files:workbookWrongEnding',
  'a CSV file': 'files:csvWrongEnding',
  'a Fides manifest': 'files:manifestWrongEnding',
};

type FolderRefusals = { missing: RefusalKey; isFile: RefusalKey; readOnly: RefusalKey; inTheWay: RefusalKey };
const FOLDER: Readonly<Record<SavedDocument, FolderRefusals>> = {
  report: {
    missing: 'files:reportFolderMissing',
    isFile: 'files:reportFolderIsFile',
    readOnly: 'files:reportFolderReadOnly',
    inTheWay: 'files:reportFolderInTheWay',
  },
  'privacy policy': {
    missing: 'files:policyFolderMissing',
    isFile: 'files:policyFolderIsFile',
    readOnly: 'files:policyFolderReadOnly',
    inTheWay: 'files:policyFolderInTheWay',
  },
  file: {
    missing: 'files:colleagueFileFolderMissing',
    isFile: 'files:colleagueFileFolderIsFile',
    readOnly: 'files:colleagueFileFolderReadOnly',
    inTheWay: 'files:colleagueFileFolderInTheWay',
  },
};

export function checkDestination(target: string, rule: DestinationRule): void {
  const folder = path.dirname(target);
  const refusals = FOLDER[rule.document];
  const cannotSave = (why: keyof FolderRefusals) => refuse('io', refusals[why], { target, folder }, 'path');
  if (!rule.extensions.some((extension) => target.toLowerCase().endsWith(extension))) {
    throw refuse('invalid-input', WRONG_ENDING[rule.formats], { endings: rule.extensions.join(', '), name: path.basename(target) }, 'path');
  }
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    throw cannotSave('missing');
  }
  if (!stats.isDirectory()) throw cannotSave('isFile');
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw cannotSave('readOnly');
  }
  if (existsSync(target) && statSync(target).isDirectory()) throw cannotSave('inTheWay');
}
