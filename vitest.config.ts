import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // A beforeAll that builds registers and documents with the real CLI can take longer than 10 s on a busy machine.
          hookTimeout: 60_000,
          // Integration tests spawn CLIs and write files; two workers suit the two-core build machines.
          maxWorkers: 2,
        },
      },
    ],
  },
});
