import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridge, type Bridge } from '../../bridge/server.ts';
import { repoRoot } from '../../support/fixtures.ts';

export const screenshotsDir = path.join(repoRoot, 'test-output', 'screenshots');

export type App = {
  page: Page;
  bridge: Bridge;
  /** A fresh folder of this test's own: settings, registers, imports. */
  dataDir: string;
  /** Opens the app on `registerPath` (or the default register of `dataDir`). */
  open(registerPath?: string): Promise<void>;
  /** Saves a screenshot of the whole window to test-output/screenshots/<name>.png, for a person to look at. */
  screenshot(name: string): Promise<void>;
};

/** Each test gets its own data folder and its own bridge: the real renderer with the real backend behind it. */
export const test = base.extend<{ app: App }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ropa-e2e-'));
    let bridge: Bridge | undefined;
    const app: App = {
      page,
      dataDir,
      get bridge() {
        if (bridge === undefined) throw new Error('open() the app first');
        return bridge;
      },
      async open(registerPath) {
        await bridge?.close();
        bridge = await startBridge({
          dataDir,
          ...(registerPath === undefined ? {} : { registerPath }),
          // Lets a developer test one build while rebuilding another; npm test builds into out/renderer.
          ...(process.env['ROPA_RENDERER_DIR'] === undefined ? {} : { rendererDir: process.env['ROPA_RENDERER_DIR'] }),
        });
        await page.goto(bridge.url);
        await expect(page.getByRole('navigation')).toBeVisible();
      },
      async screenshot(name) {
        mkdirSync(screenshotsDir, { recursive: true });
        await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
      },
    };
    await use(app);
    await bridge?.close();
  },
});

export { expect };
