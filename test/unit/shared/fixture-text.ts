// A fixture register file changed by a test, as text for the exchange reader.
import { readFileSync } from 'node:fs';
import { fixturePath } from '../../support/fixtures.ts';

type Document = { activities: Array<Record<string, unknown>>; processors: Array<Record<string, unknown>> };

/** The bytheway-en fixture, changed by `change`, as the text of a register file. */
export function fixtureText(change: (document: Document) => void, name = 'bytheway-en'): string {
  const document = JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Document;
  change(document);
  return JSON.stringify(document);
}
