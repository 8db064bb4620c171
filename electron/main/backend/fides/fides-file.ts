// Fides manifests on disk: a YAML file read into an imported register (shared/import-layouts/fides), and the register
// written as one. The file is checked before it is trusted: its size, its encoding, YAML that parses as one document
// without repeated keys, and few aliases (an alias bomb expands a small file into gigabytes).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Document, parseDocument, type YAMLError } from 'yaml';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ImportedRegister } from '../../../../shared/import-layouts/imported-register.ts';
import { readFidesManifest } from '../../../../shared/import-layouts/fides/read-manifest.ts';
import { toFidesManifest } from '../../../../shared/import-layouts/fides/write-manifest.ts';
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { unreadableFile } from '../colleague-files/read-exchange-file.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';

export const MAX_FIDES_BYTES = 20 * 1024 * 1024;

/** Aliases a manifest may expand: Fides writes none, a person a few; thousands are an attack, not a manifest. */
const MAX_ALIAS_COUNT = 50;

/** The reasons yaml gives, where a DPO needs other words: the refusal without, and with, the place. */
const REASONS: Partial<Record<YAMLError['code'], { anywhere: RefusalKey; at: RefusalKey }>> = {
  DUPLICATE_KEY: { anywhere: 'files:yamlDuplicateKey', at: 'files:yamlDuplicateKeyAt' },
  MULTIPLE_DOCS: { anywhere: 'files:yamlSeveralDocuments', at: 'files:yamlSeveralDocumentsAt' },
};

/** `is not valid YAML: line 12, column 5: a key is written twice in the same mapping`; other reasons in yaml's words. */
function yamlError(error: YAMLError): RegisterError {
  const at = error.linePos?.[0];
  const where = at === undefined ? {} : { line: at.line, column: at.col };
  const known = REASONS[error.code];
  if (known !== undefined) return refuse('invalid-input', at === undefined ? known.anywhere : known.at, where);
  const reason = (error.message.split(/ at line \d+|\n/)[0] ?? error.message).trim();
  return refuse('invalid-input', at === undefined ? 'files:yamlInvalid' : 'files:yamlInvalidAt', { ...where, reason });
}

async function readText(filePath: string): Promise<string> {
  let bytes: Buffer;
  try {
    // The size first: a file too large to be a manifest is not read into memory at all.
    if ((await stat(filePath)).size > MAX_FIDES_BYTES) throw refuse('invalid-input', 'files:manifestTooLarge', { megabytes: MAX_FIDES_BYTES / (1024 * 1024) });
    bytes = await readFile(filePath);
  } catch (error) {
    throw error instanceof RegisterError ? error : unreadableFile(error);
  }
  if (bytes.length === 0) throw refuse('invalid-input', 'files:emptyFile');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw refuse('invalid-input', 'files:manifestNotUtf8');
  }
}

/** Reads the Fides manifest at `filePath`; refuses (RegisterError) what is not one, naming the line or the field. */
export async function readFidesFile(filePath: string): Promise<ImportedRegister> {
  const text = await readText(filePath);
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors;
  if (error !== undefined) throw yamlError(error);
  let manifest: unknown;
  try {
    manifest = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      throw refuse('invalid-input', 'files:yamlTooManyAliases', { max: MAX_ALIAS_COUNT });
    }
    if (error instanceof RangeError) throw refuse('invalid-input', 'files:yamlTooDeep');
    throw error;
  }
  return readFidesManifest(manifest, path.basename(filePath));
}

/**
 * Writes the register as a Fides manifest at `filePath`, all at once (a reader never sees half a file), its texts in
 * `language` (the register's default language when not given).
 */
export async function writeFidesFile(document: ExchangeDocument, filePath: string, language?: string): Promise<void> {
  const yaml = new Document(toFidesManifest(document, language), { aliasDuplicateObjects: false });
  yaml.commentBefore =
    ` The register "${document.register.name}" as a Fides manifest (fideslang 3.x), written by RoPA Desk.\n` +
    ' x-ropa-… fields keep what fideslang has no field for; Fides ignores them, RoPA Desk reads them back.';
  await writeFileAtomically(filePath, yaml.toString({ lineWidth: 0 }));
}
