// An exchange file (`.ropa.json`) from a colleague: its bytes checked before JSON is parsed, so a file of the wrong
// kind says so in one line instead of a parser's complaint about its first odd character.
import { readFile } from 'node:fs/promises';
import { MAX_EXCHANGE_BYTES } from '../../../../shared/exchange/read.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { sha256Of } from '../files/sha256.ts';

/** Why a file the person named cannot be read, in their words (the transport names the file). */
export function unreadableFile(error: unknown): RegisterError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RegisterError('not-found', 'does not exist');
  if (code === 'EISDIR') return new RegisterError('invalid-file', 'is a folder, not a file');
  return new RegisterError('io', `cannot be read (${code ?? (error as Error).message})`);
}

/** The file's bytes, or a refusal naming what is wrong with it. */
async function readFileBytes(filePath: string, maxBytes: number, kind: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw unreadableFile(error);
  }
  if (bytes.length > maxBytes) throw new RegisterError('invalid-file', `is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; ${kind} never is`);
  if (bytes.length === 0) throw new RegisterError('invalid-file', 'is an empty file');
  return bytes;
}

/** The text of an exchange file (UTF-8, a byte-order mark dropped, at most 100 MiB) and its bytes' SHA-256. */
export async function readExchangeText(filePath: string): Promise<{ text: string; sha256: string }> {
  const bytes = await readFileBytes(filePath, MAX_EXCHANGE_BYTES, 'a register exchange file');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), sha256: sha256Of(bytes) };
  } catch {
    throw new RegisterError('invalid-file', 'is not UTF-8 text; a register exchange file is UTF-8 JSON');
  }
}
