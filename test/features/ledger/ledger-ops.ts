import fc from 'fast-check';
import { shanghaiMonth } from './ledger-model.js';

/** One step of the ledger property test. `advance` moves the team's clock by `ms`. */
export type Op =
  | { kind: 'record' | 'report'; contract: number; share: number }
  | { kind: 'confirm' | 'reject' | 'reverse'; pick: number }
  | { kind: 'invoice'; contract: number; share: number }
  | { kind: 'decideInvoice'; pick: number; approve: boolean }
  | { kind: 'advance'; ms: number };

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Where a run starts. Commission is booked by the team's month (Asia/Shanghai, UTC+8), so most runs start two
 * minutes before the team's midnight at a month's or a year's end (including February's and a leap day's), and
 * a few in the middle of a month. A short `advance` then crosses the boundary between a payment and its reversal.
 */
export const startInstant: fc.Arbitrary<Date> = fc.constantFrom(
  new Date('2026-01-05T03:00:00Z'), // mid-month, no boundary near
  new Date('2026-01-31T15:58:00Z'), // 23:58 on 31 January in Shanghai (still 31 January in UTC, too)
  new Date('2026-02-28T15:58:00Z'), // February's end
  new Date('2028-02-29T15:58:00Z'), // a leap day
  new Date('2026-12-31T15:58:00Z'), // the year's end in Shanghai (07:58 UTC on 31 December)
  new Date('2026-04-30T16:30:00Z'), // already 00:30 on 1 May in Shanghai while UTC still says 30 April
);

/** Minutes (across the team's midnight), days (as before), or about a month (into the next one). */
const advance = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }).map((minutes) => minutes * MINUTE) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }).map((days) => days * DAY) },
  { weight: 1, arbitrary: fc.integer({ min: 28, max: 32 }).map((days) => days * DAY) },
);

export const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('record' as const, 'report' as const),
      contract: fc.nat(1),
      share: fc.integer({ min: 1, max: 1200 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('confirm' as const, 'reject' as const), pick: fc.nat(20) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('invoice' as const),
      contract: fc.nat(1),
      share: fc.integer({ min: 1, max: 1000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('decideInvoice' as const),
      pick: fc.nat(20),
      approve: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: advance }) },
);

/**
 * A run: some steps, then the clock moves four minutes (across the team's midnight when the run started two
 * minutes before it), then more steps, so payments made before a boundary are confirmed, reversed and invoiced
 * after it. The steps themselves may also move the clock by minutes, days or a month.
 */
export const ops: fc.Arbitrary<Op[]> = fc
  .tuple(fc.array(op, { minLength: 1, maxLength: 12 }), fc.array(op, { maxLength: 12 }))
  .map(([before, after]) => [...before, { kind: 'advance' as const, ms: 4 * MINUTE }, ...after]);

/**
 * Whether a run reverses money confirmed in an earlier team month: the case a reversal booked in the wrong month
 * gets wrong. A cheap replay of the ops' clock (it ignores refusals such as over-collection, so it may count a
 * run whose payment was refused); used to measure the generator, not to judge the app.
 */
export function reversesAcrossMonths(start: Date, ops: Op[]): boolean {
  let now = start.getTime();
  const reported: string[] = [];
  const confirmed: string[] = [];
  for (const step of ops) {
    const month = shanghaiMonth(new Date(now));
    if (step.kind === 'advance') now += step.ms;
    if (step.kind === 'record') confirmed.push(month);
    if (step.kind === 'report') reported.push(month);
    if (step.kind === 'confirm' && reported.pop() !== undefined) confirmed.push(month);
    if (step.kind === 'reverse' && confirmed.some((accrued) => accrued !== month)) return true;
  }
  return false;
}
