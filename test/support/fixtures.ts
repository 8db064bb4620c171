import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The register fixtures written from real policies: beside the repository in ../shared/fixtures where that folder is
 * (the project's design material), otherwise the copies the app ships as its demo registers (resources/demo), which
 * are the same files, so that a clone on its own runs every test.
 */
const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');
export const fixturesDir = existsSync(sharedFixtures) ? sharedFixtures : path.join(repoRoot, 'resources', 'demo');

export const FIXTURES = ['bytheway-en', 'btc-sl'] as const;

export function fixturePath(name: string): string {
  return path.join(fixturesDir, `${name}.ropa.json`);
}
