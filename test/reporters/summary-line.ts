import type { Reporter, TestModule } from 'vitest/node';
import { POSTGRES_ONLY_TAG } from '../helpers/postgres-only.js';

/**
 * Prints one closing line, `Tests: <passed> passed, <failed> failed`, that CI (.ci/run) and people can grep.
 * A file that failed before any of its tests ran (an import error, a failing beforeAll with no test result)
 * counts as one failure, so a broken file can never hide behind "0 failed".
 *
 * Before it, when tests that need a real Postgres server were skipped (no TEST_DATABASE_URL), it says how many,
 * where and why, in a line .ci/run looks for: `Postgres-only tests skipped: <n>`.
 */
export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    const postgresOnlySkipped = new Map<string, number>();
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else if (state === 'skipped' && test.fullName.includes(POSTGRES_ONLY_TAG))
          postgresOnlySkipped.set(module.moduleId, (postgresOnlySkipped.get(module.moduleId) ?? 0) + 1);
      }
      if (failedHere === 0 && module.state() === 'failed') failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    const skipped = [...postgresOnlySkipped.values()].reduce((sum, n) => sum + n, 0);
    if (skipped > 0) {
      const where = [...postgresOnlySkipped]
        .map(([file, n]) => `  ${n} in ${file.replace(`${process.cwd()}/`, '')}`)
        .sort();
      process.stdout.write(
        `\nPostgres-only tests skipped: ${skipped} (TEST_DATABASE_URL is not set; crash, outage and ` +
          `several-instance tests need a real Postgres server)\n${where.join('\n')}\n`,
      );
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed\n`);
  }
}
