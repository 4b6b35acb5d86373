import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file boots its own app and database; two cores run two files at a time.
    pool: 'forks',
    maxWorkers: 2,
    // The extra reporter prints the closing "Tests: N passed, N failed" line that .ci/run promises.
    reporters: ['default', './test/reporters/summary-line.ts'],
  },
});
