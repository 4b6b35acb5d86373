import { defineConfig } from 'vitest/config';

/** Suites that drive the real Bolt app, the real process or a broken network; everything else is "unit". */
const END_TO_END = ['test/e2e/**', 'test/fault/**', 'test/security/**', 'test/runtime/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file boots its own app and database; two cores run two files at a time.
    pool: 'forks',
    maxWorkers: 2,
    // The extra reporter prints the closing "Tests: N passed, N failed" line that .ci/run promises.
    reporters: ['default', './test/reporters/summary-line.ts'],
    // `npm test` runs both; `npm run test:unit` / `npm run test:e2e` one of them (`--project`).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: END_TO_END },
      },
      { extends: true, test: { name: 'e2e', include: END_TO_END.map((glob) => `${glob}/*.test.ts`) } },
    ],
  },
});
