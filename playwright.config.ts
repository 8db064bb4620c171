import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.ts';

// The renderer runs in Debian's Chromium (no browser download on the build machines), served by the test
// bridge with the real backend behind it. Build first: `npx electron-vite build` (npm test does).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // Limits that end a hang, never judge speed: on a busy two-core machine writing and reading back a workbook through
  // the backend takes several times what it takes on an idle one. A passing step waits no longer for them.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
