import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one closing line, `Tests: <passed> passed, <failed> failed`, that CI (.ci/run) and people can grep.
 * A file that failed before any of its tests ran (an import error, a failing beforeAll with no test result)
 * counts as one failure, so a broken file can never hide behind "0 failed".
 */
export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
      }
      if (failedHere === 0 && module.state() === 'failed') failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed\n`);
  }
}
