import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wallClockReads } from './wall-clock.js';

/**
 * Tests do not read the wall clock: a test that does passes today and fails on another day (a month end, a
 * weekend, a holiday, a year end in Shanghai). They take the time from a fixed clock (`fixedClock`), the app's
 * own clock (`app.deps.clock.now()`) or a literal date.
 *
 * The exceptions are files where real time is the point: they measure how long something took, wait for a
 * deadline, or talk to something that checks the real time (a signature's age, a child process on the system
 * clock). Each file is listed with how many reads it has, so a new read in it fails too.
 */
const ALLOWED: Record<string, { reads: number; why: string }> = {
  'test/ai/analyze-notes.test.ts': {
    reads: 2,
    why: 'measures that a slow model is cut off within its time limit',
  },
  'test/ai/response-modes.test.ts': {
    reads: 2,
    why: 'measures that the time limit covers refusals and retries',
  },
  'test/db/postgres-budgets.test.ts': { reads: 4, why: 'measures database budgets; polls with a deadline' },
  'test/db/time-budget.test.ts': {
    reads: 7,
    why: 'measures the time budget itself (at least 95 ms, under 1 s)',
  },
  'test/e2e/approvals-helpers.ts': { reads: 2, why: '`eventually`: polls with a deadline' },
  'test/e2e/needs-analysis.test.ts': { reads: 2, why: 'measures that a hung model does not hold the modal' },
  'test/e2e/socket-mode.test.ts': { reads: 2, why: 'measures the Socket Mode ack time' },
  'test/fault/approval-crash.test.ts': {
    reads: 2,
    why: 'a deadline for the restarted child process',
  },
  'test/fault/database-outage.test.ts': {
    reads: 10,
    why: 'measures acks and recovery during an outage; deadline',
  },
  'test/fault/slack-api-faults.test.ts': {
    reads: 6,
    why: 'measures retry spacing and ack times against slow Slack',
  },
  'test/helpers/fake-slack.ts': {
    reads: 3,
    why: 'the fake Slack’s default clock (a test may inject its own) for rate limits and pacing; a deadline',
  },
  'test/helpers/fake-socket-mode.ts': { reads: 5, why: 'measures Socket Mode ack times; deadline' },
  'test/helpers/slack-delivery.ts': { reads: 2, why: 'measures the ack time of each delivery' },
  'test/helpers/slack-request.ts': {
    reads: 1,
    why: 'the signature timestamp (slackTimestampNow): Bolt refuses requests more than 5 minutes from its real clock',
  },
  'test/jobs/outbox-crash.test.ts': { reads: 2, why: 'a deadline for the restarted worker' },
  'test/jobs/outbox-pacing.test.ts': {
    reads: 3,
    why: 'measures the outbox’s real pacing against the rate limit',
  },
  'test/runtime/main-process.ts': { reads: 6, why: 'waits for a real process with deadlines' },
  'test/runtime/outbox-restart.test.ts': { reads: 2, why: 'a deadline for a real process' },
  'test/security/authorization-specs.ts': { reads: 2, why: 'polls with a deadline' },
};

const testFiles = readdirSync('test', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.join('test', file).split(path.sep).join('/'))
  .sort();

describe('no test reads the wall clock', () => {
  it('finds every form of reading it, and nothing else', () => {
    const source = [
      'const a = new Date();',
      'const b = new Date;',
      'const c = Date.now();',
      "const d = Date['now']();",
      'const e = globalThis.Date.now();',
      'const f = new globalThis.Date();',
      'const g = [1].map(Date.now);',
      'const h = new Date(\n);',
      "const fixed = new Date('2026-03-02T02:00:00Z');",
      'const copy = new Date(fixed);',
      'const parsed = Date.parse("2026-03-02");',
      'const utc = Date.UTC(2026, 2, 2);',
      '// new Date() in a comment',
      "const text = 'Date.now()';",
    ].join('\n');
    expect(wallClockReads(source).map((read) => read.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('outside the allowed files, no test file reads it', () => {
    const offenders = testFiles
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) =>
        wallClockReads(readFileSync(file, 'utf8'), file).map((read) => `${file}:${read.line} ${read.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the allowed files read it exactly as often as listed (a new read needs its own reason)', () => {
    const counted = Object.fromEntries(
      Object.keys(ALLOWED).map((file) => [file, wallClockReads(readFileSync(file, 'utf8'), file).length]),
    );
    expect(counted).toEqual(
      Object.fromEntries(Object.entries(ALLOWED).map(([file, { reads }]) => [file, reads])),
    );
  });
});
