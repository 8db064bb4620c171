import { defineConfig } from 'vitest/config';

// Long property and soak tests (`*.long.test.ts`) run apart, in `npm run test:long` (CI runs it after `npm test`), so
// that `npm test` stays short and holds on a slow, busy machine.
const LONG = 'test/**/*.long.test.ts';

// Timeouts are there to end a hang, never to judge speed: a busy two-core machine runs a CLI round trip several times
// slower than an idle one. Known-slow shared setups use sharedSetup() (test/support/shared-setup.ts), which has none.
const GENEROUS = 5 * 60_000;

export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: a single worker on the two-core machines this runs on, which
    // leaves one core idle while a file waits on its disk or a child process. Two keep both busy.
    maxWorkers: 2,
    // The backend's worker threads (reports, colleagues' files) compile code beside the test's own thread; on CPUs with
    // memory protection keys, V8's tracking of JIT pages across threads can abort the whole worker
    // ("Check failed: jit_page.has_value()", nodejs/node#64500). Without the keys the pages are tracked without that race.
    execArgv: ['--no-memory-protection-keys'],
    projects: [
      {
        test: {
          name: 'unit',
          // The renderer's component tests (.tsx) need a DOM: they run in the 'renderer' project below.
          include: ['test/unit/**/*.test.ts'],
          exclude: [LONG],
          environment: 'node',
          // Pure code, but property tests and PDF layout can take more than vitest's 5 s when the machine is loaded.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Renderer components rendered with React Testing Library in happy-dom, against stand-in command handlers
          // (test/support/renderer/): what a DPO sees on screen, and what the screen sends to the register.
          name: 'renderer',
          include: ['test/unit/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/support/renderer/setup.ts'],
          // Rendering a whole screen (react-aria, i18next, the shared zod schemas) is slow on a loaded machine; the
          // tests wait for what is shown, never for a time.
          testTimeout: GENEROUS,
          hookTimeout: GENEROUS,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: [LONG],
          environment: 'node',
          testTimeout: GENEROUS,
          hookTimeout: GENEROUS,
        },
      },
      {
        test: {
          name: 'long',
          include: [LONG],
          environment: 'node',
          testTimeout: 30 * 60_000,
          hookTimeout: 30 * 60_000,
        },
      },
    ],
  },
});
