import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The register fixtures written from real policies live beside the repository, in ../shared/fixtures. */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures');

export const FIXTURES = ['bytheway-en', 'btc-sl'] as const;

export function fixturePath(name: string): string {
  return path.join(fixturesDir, `${name}.ropa.json`);
}
