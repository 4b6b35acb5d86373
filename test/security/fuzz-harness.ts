import { expect } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import type { TestApp } from '../helpers/e2e.js';
import { outputProblems } from './slack-output.js';

/** Seeded and bounded, so the suite is fast and a failure reproduces. */
export const RUNS = { numRuns: 30, seed: 20261127, endOnFailure: true } as const;
/** The fuzzing user and the sales channel: the only mentions the app itself may write. */
export const OWN_IDS: ReadonlySet<string> = new Set(['U_ALICE', 'C_SALES']);
const TRY_AGAIN = translator('en')('common.tryAgain');

/** Runs `step`, waits with `settle`, then checks everything the app sent meanwhile; returns the step's result. */
export async function checkedStep<T>(
  app: TestApp,
  step: () => Promise<T>,
  settle?: (result: T) => Promise<unknown>,
): Promise<T> {
  const calls = app.slack.calls.length;
  const responses = app.slack.responses.length;
  const result = await step();
  await settle?.(result);
  await new Promise((resolve) => setTimeout(resolve, 30));
  const sentResponses = app.slack.responses.slice(responses);
  const problems = outputProblems(app.slack.calls.slice(calls), sentResponses, OWN_IDS);
  // As one string, so a failure prints every problem in full.
  expect(problems.map((p) => p.slice(0, 300)).join('\n')).toBe('');
  expect(JSON.stringify(sentResponses)).not.toContain(TRY_AGAIN);
  return result;
}

/** Waits until the app has sent nothing for a moment: the work after the ack is done. */
export async function quietSlack(app: TestApp): Promise<void> {
  for (;;) {
    const count = app.slack.calls.length + app.slack.responses.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    if (app.slack.calls.length + app.slack.responses.length === count) return;
  }
}
