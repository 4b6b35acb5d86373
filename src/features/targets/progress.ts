import { countWorkingDays, type WorkingDayTest } from './target-calendar.js';
import type { DayCounts, PeriodWindow, Progress } from './targets.types.js';
import { DAY_COUNTS } from './targets.types.js';

/**
 * How far `done` is towards `target` in the period `window`, seen on the local date `today`, and what it takes
 * per working day from here. Today counts as a day still ahead (the day is not over); a period not yet begun
 * has all its days ahead, a past one none. Integer arithmetic throughout (amounts are minor units).
 */
export function progressOf(input: {
  done: number;
  target: number;
  window: Pick<PeriodWindow, 'fromDate' | 'toDate'>;
  today: string;
  isWorkingDay: WorkingDayTest;
}): Progress {
  const { done, target, window, today, isWorkingDay } = input;
  const workingDays = countWorkingDays(window.fromDate, window.toDate, isWorkingDay);
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make them NaN.
  const from = today < window.fromDate ? window.fromDate : today;
  const workingDaysLeft = from >= window.toDate ? 0 : countWorkingDays(from, window.toDate, isWorkingDay);
  const behind = workingDays - workingDaysLeft;
  const remaining = Math.max(0, target - done);
  const pacePerDay = remaining === 0 ? 0 : workingDaysLeft > 0 ? ceilDiv(remaining, workingDaysLeft) : null;
  const percent = target > 0 ? Number((BigInt(Math.max(0, done)) * 100n) / BigInt(target)) : 0;
  // On track: done ≥ target × (days behind / all days), compared as whole numbers.
  const onTrack =
    workingDays === 0
      ? done >= target
      : BigInt(done) * BigInt(workingDays) >= BigInt(target) * BigInt(behind);
  return { done, target, percent, workingDays, workingDaysLeft, pacePerDay, onTrack };
}

function ceilDiv(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((n + d - 1n) / d);
}

/** Planned minus done for each count, never below zero: what is still missing today. */
export function missingCounts(plan: DayCounts, done: DayCounts): DayCounts {
  const missing = { ...plan };
  for (const count of DAY_COUNTS) missing[count] = Math.max(0, plan[count] - done[count]);
  return missing;
}

/** The middle value (the lower of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
