// Where a document the app writes (a report, a privacy policy) is to be saved, checked before any work is done:
// the right extension, an existing folder that can be written to, no folder of that name in the way.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { RegisterError } from '../../../../shared/result.ts';

export type DestinationRule = {
  /** What is saved, as the messages name it: "report", "privacy policy". */
  document: string;
  /** Accepted endings, lower case with the dot. */
  extensions: readonly string[];
  /** What the document is written as, for the message: "a PDF", "HTML, Markdown or PDF". */
  formats: string;
};

export function checkDestination(target: string, rule: DestinationRule): void {
  const folder = path.dirname(target);
  const refuse = (why: string) => new RegisterError('io', `Cannot save the ${rule.document} to ${target}: ${why}`, 'path');
  if (!rule.extensions.some((extension) => target.toLowerCase().endsWith(extension))) {
    const endings = rule.extensions.join(', ');
    throw new RegisterError(
      'invalid-input',
      `The ${rule.document} is written as ${rule.formats}: give a file name ending in ${endings} (not ${path.basename(target)})`,
      'path',
    );
  }
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    throw refuse(`the folder ${folder} does not exist`);
  }
  if (!stats.isDirectory()) throw refuse(`${folder} is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw refuse(`the folder ${folder} cannot be written to`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) throw refuse('a folder of that name is in the way');
}
