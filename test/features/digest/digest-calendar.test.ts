import { describe, expect, it } from 'vitest';
import { digestWindow, startOfLocalDay, weekWindow } from '../../../src/features/digest/digest-calendar.js';

const MON_FRI = { workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: [] };
const CHINA = { ...MON_FRI, holidayCountry: 'CN' };

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

  it('Monday’s digest covers Friday through Sunday; the weekly summary the seven days before', () => {
    const monday = digestWindow('2026-11-30', MON_FRI, 'Asia/Shanghai');
    expect([monday.fromDate, monday.toDate]).toEqual(['2026-11-27', '2026-11-30']);
    expect(monday.from.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    const week = weekWindow('2026-11-30', 'UTC');
    expect([week.fromDate, week.toDate]).toEqual(['2026-11-23', '2026-11-30']);
  });

  it('the first digest after the Spring Festival covers the whole holiday, from the make-up Saturday on', () => {
    const after = digestWindow('2026-02-24', CHINA, 'Asia/Shanghai');
    expect([after.fromDate, after.toDate]).toEqual(['2026-02-14', '2026-02-24']);
  });
});
