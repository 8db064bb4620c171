// Where to save a document the person asked for: the path given, or else the one the host's Save dialog returns.
// Shared by the report, the privacy policy and the file for a colleague.
import path from 'node:path';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { Host } from '../backend.ts';

/**
 * The path given (made absolute), or the one `ask` gets from the host's Save dialog; null when the person cancelled
 * the dialog. A transport without dialogs (the CLI, the test bridge) must give a path: `example` shows one.
 */
export async function askDestination(
  host: Host,
  given: string | undefined,
  ask: () => Promise<string | null> | undefined,
  example: string,
): Promise<string | null> {
  if (given !== undefined) return path.resolve(given);
  if (host.chooseDocumentDestination === undefined) throw refuse('invalid-input', 'files:sayWhereToSave', { example }, 'path');
  const chosen = await ask();
  return chosen === null || chosen === undefined ? null : path.resolve(chosen);
}
