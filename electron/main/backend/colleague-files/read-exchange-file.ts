// An exchange file (`.ropa.json`) from a colleague: its bytes checked before JSON is parsed, so a file of the wrong
// kind says so in one line instead of a parser's complaint about its first odd character.
import { readFile } from 'node:fs/promises';
import { MAX_EXCHANGE_BYTES } from '../../../../shared/exchange/read.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';
import { sha256Of } from '../files/sha256.ts';

/** Why a file the person named cannot be read, in their words (the transport names the file). */
export function unreadableFile(error: unknown): RegisterError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return refuse('not-found', 'files:fileMissing');
  if (code === 'EISDIR') return refuse('invalid-file', 'files:fileIsFolder');
  return refuse('io', 'files:fileUnreadable', { reason: code ?? (error as Error).message });
}

/** The exchange file's bytes, or a refusal naming what is wrong with it. */
async function readFileBytes(filePath: string, maxBytes: number): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw unreadableFile(error);
  }
  if (bytes.length > maxBytes) throw refuse('invalid-file', 'files:exchangeFileTooLarge', { mebibytes: Math.round(maxBytes / 1024 / 1024) });
  if (bytes.length === 0) throw refuse('invalid-file', 'files:emptyFile');
  return bytes;
}

/** The text of an exchange file (UTF-8, a byte-order mark dropped, at most 100 MiB) and its bytes' SHA-256. */
export async function readExchangeText(filePath: string): Promise<{ text: string; sha256: string }> {
  const bytes = await readFileBytes(filePath, MAX_EXCHANGE_BYTES);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), sha256: sha256Of(bytes) };
  } catch {
    throw refuse('invalid-file', 'files:exchangeFileNotUtf8');
  }
}
