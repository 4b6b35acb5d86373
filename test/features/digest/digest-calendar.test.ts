import { describe, expect, it } from 'vitest';
import {
  digestWindow,
  isWorkingDay,
  previousWorkingDays,
  startOfLocalDay,
  weekWindow,
} from '../../../src/features/digest/digest-calendar.js';

const MON_FRI = [1, 2, 3, 4, 5];

describe('digest calendar', () => {
  it('a local day starts at the zone’s midnight, half-hour zones included', () => {
    expect(startOfLocalDay('2026-11-27', 'Asia/Shanghai').toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(startOfLocalDay('2026-11-27', 'Asia/Kolkata').toISOString()).toBe('2026-11-26T18:30:00.000Z');
    expect(startOfLocalDay('2026-11-27', 'UTC').toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('the day daylight saving ends in New York is 25 hours long', () => {
    const start = startOfLocalDay('2026-11-01', 'America/New_York');
    const next = startOfLocalDay('2026-11-02', 'America/New_York');
    expect(start.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(next.getTime() - start.getTime()).toBe(25 * 3_600_000);
  });

  it('the three working days before a Monday are last Wednesday, Thursday and Friday', () => {
    expect(previousWorkingDays('2026-11-30', MON_FRI, 3)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(previousWorkingDays('2026-12-01', MON_FRI, 3)).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
    expect(previousWorkingDays('2026-11-30', [1, 2, 3, 4, 5, 6], 1)).toEqual(['2026-11-28']);
    expect(isWorkingDay('2026-11-28', MON_FRI)).toBe(false);
  });

  it('Monday’s digest covers Friday through Sunday; the weekly summary the seven days before', () => {
    const monday = digestWindow('2026-11-30', MON_FRI, 'Asia/Shanghai');
    expect([monday.fromDate, monday.toDate]).toEqual(['2026-11-27', '2026-11-30']);
    expect(monday.from.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    const week = weekWindow('2026-11-30', 'UTC');
    expect([week.fromDate, week.toDate]).toEqual(['2026-11-23', '2026-11-30']);
  });
});
