import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Servers, browsers and SQLite files in tests are per-file; two workers fit a 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
