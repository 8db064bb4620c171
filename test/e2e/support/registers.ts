// Registers the end-to-end tests open: made as a person would (`ropa init`, then `ropa import`) from a fixture or from
// an exchange file written for the test, then opened in the app.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type App } from './app.ts';
import { ropa } from '../../support/cli.ts';
import { fixturePath } from '../../support/fixtures.ts';

/** A new register `<name>.ropa` in the app's data folder with `source` (an exchange file) imported, opened in the app. */
export async function openImported(app: App, name: string, source: string): Promise<string> {
  const registerPath = path.join(app.dataDir, `${name}.ropa`);
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, source]).stderr).toBe('');
  await app.open(registerPath);
  return registerPath;
}

/** A register made from one of the fixtures, opened on its privacy policy. */
export async function openPolicyOf(app: App, fixture: string): Promise<void> {
  await openImported(app, fixture, fixturePath(fixture));
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy policy' }).click();
  // Until the screen has changed, the Overview's cards are articles too.
  await expect(app.page.getByRole('heading', { level: 1, name: 'Privacy policy' })).toBeVisible();
}

type RegisterContent = {
  register: { id: string; name: string; defaultLanguage: string };
  organisations: unknown[];
  processors?: unknown[];
  activities: unknown[];
};

/** An exchange file (format version 1) of `content`, written in the app's data folder; returns its path. */
export function exchangeFile(app: App, name: string, content: RegisterContent): string {
  const file = path.join(app.dataDir, `${name}.ropa.json`);
  writeFileSync(file, JSON.stringify({ format: 'ropa-exchange', version: 1, exportedAt: '2026-11-20T12:00:00Z', processors: [], ...content }));
  return file;
}
