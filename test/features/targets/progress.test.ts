import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../src/features/targets/progress.js';
import {
  countWorkingDays,
  periodWindow,
  previousPeriodWindow,
  teamWorkingDays,
  workingDaysBefore,
} from '../../../src/features/targets/target-calendar.js';
import { localDate } from '../../../src/lib/time-zone.js';

const weekdays = teamWorkingDays({ workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: [] });
const sixDays = teamWorkingDays({ workingDays: [1, 2, 3, 4, 5, 6], holidayCountry: null, holidays: [] });

describe('target periods', () => {
  it('a month runs from its first day to the first of the next, in the team’s zone', () => {
    const window = periodWindow('month', '2026-02-16', 'Asia/Shanghai');
    expect(window).toMatchObject({ fromDate: '2026-02-01', toDate: '2026-03-01' });
    expect(window.from.toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });

  it('the same instant is December in Shanghai and still November in New York', () => {
    const instant = new Date('2026-11-30T17:00:00Z');
    const shanghai = periodWindow('month', localDate(instant, 'Asia/Shanghai'), 'Asia/Shanghai');
    const newYork = periodWindow('month', localDate(instant, 'America/New_York'), 'America/New_York');
    expect(shanghai.fromDate).toBe('2026-12-01');
    expect(shanghai.from.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(newYork.fromDate).toBe('2026-11-01');
    // November ends at midnight EST (UTC−5), daylight saving time being over.
    expect(newYork.to.toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });

  it('a week is Monday to Sunday, even across the new year', () => {
    expect(periodWindow('week', '2026-12-31', 'UTC')).toMatchObject({
      fromDate: '2026-12-28',
      toDate: '2027-01-04',
    });
    expect(periodWindow('week', '2027-01-03', 'UTC').fromDate).toBe('2026-12-28');
  });

  it('quarters start in January, April, July and October; a year on 1 January', () => {
    expect(periodWindow('quarter', '2026-12-31', 'UTC')).toMatchObject({
      fromDate: '2026-10-01',
      toDate: '2027-01-01',
    });
    expect(periodWindow('quarter', '2026-04-01', 'UTC').fromDate).toBe('2026-04-01');
    expect(periodWindow('year', '2026-07-15', 'UTC')).toMatchObject({
      fromDate: '2026-01-01',
      toDate: '2027-01-01',
    });
  });

  it('last week of a Monday is the seven days before it; last month of 1 January is December', () => {
    expect(previousPeriodWindow('week', '2027-01-04', 'UTC')).toMatchObject({
      fromDate: '2026-12-28',
      toDate: '2027-01-04',
    });
    expect(previousPeriodWindow('month', '2027-01-01', 'UTC').fromDate).toBe('2026-12-01');
  });

  it('counts working days by the team’s weekdays', () => {
    expect(countWorkingDays('2026-02-01', '2026-03-01', weekdays)).toBe(20);
    expect(countWorkingDays('2026-02-01', '2026-03-01', sixDays)).toBe(24);
    expect(workingDaysBefore('2026-02-16', 3, weekdays)).toEqual(['2026-02-11', '2026-02-12', '2026-02-13']);
  });
});

describe('progress and pace', () => {
  const february = periodWindow('month', '2026-02-01', 'Asia/Shanghai');

  it('half way through February, ¥9,000 of ¥20,000 needs ¥1,100 a working day and is behind', () => {
    // February 2026 has 20 weekdays; Monday the 16th leaves 10 of them, the 16th included.
    const progress = progressOf({
      done: 900_000,
      target: 2_000_000,
      window: february,
      today: '2026-02-16',
      isWorkingDay: weekdays,
    });
    expect(progress).toEqual({
      done: 900_000,
      target: 2_000_000,
      percent: 45,
      workingDays: 20,
      workingDaysLeft: 10,
      pacePerDay: 110_000,
      onTrack: false,
    });
  });

  it('a Saturday counts no working day of its own: five are left, fifteen behind', () => {
    const progress = progressOf({
      done: 1_500_000,
      target: 2_000_000,
      window: february,
      today: '2026-02-21',
      isWorkingDay: weekdays,
    });
    expect(progress).toMatchObject({ workingDaysLeft: 5, pacePerDay: 100_000, percent: 75, onTrack: true });
  });

  it('a team working Saturdays has more days to spread the rest over', () => {
    const progress = progressOf({
      done: 1_500_000,
      target: 2_000_000,
      window: february,
      today: '2026-02-21',
      isWorkingDay: sixDays,
    });
    // Saturdays 21 and 28 and the five weekdays between: 7 days, 500,000 / 7 rounded up.
    expect(progress).toMatchObject({ workingDays: 24, workingDaysLeft: 7, pacePerDay: 71_429 });
  });

  it('the last week of the year: 3 visits to go over Thursday and Friday is 2 a day', () => {
    const week = periodWindow('week', '2026-12-31', 'Asia/Shanghai');
    const progress = progressOf({
      done: 7,
      target: 10,
      window: week,
      today: '2026-12-31',
      isWorkingDay: weekdays,
    });
    expect(progress).toMatchObject({ workingDays: 5, workingDaysLeft: 2, pacePerDay: 2, percent: 70 });
  });

  it('after the period a missed target has no pace left; a reached one needs nothing more', () => {
    const missed = progressOf({
      done: 10,
      target: 20,
      window: february,
      today: '2026-03-02',
      isWorkingDay: weekdays,
    });
    expect(missed).toMatchObject({ workingDaysLeft: 0, pacePerDay: null, percent: 50, onTrack: false });
    const reached = progressOf({
      done: 25,
      target: 20,
      window: february,
      today: '2026-03-02',
      isWorkingDay: weekdays,
    });
    expect(reached).toMatchObject({ pacePerDay: 0, percent: 125, onTrack: true });
  });

  it('the first day of a period is entirely ahead, so anything done is on track', () => {
    const progress = progressOf({
      done: 0,
      target: 300,
      window: periodWindow('quarter', '2026-04-01', 'UTC'),
      today: '2026-04-01',
      isWorkingDay: weekdays,
    });
    // Q2 2026: April 22, May 21, June 22 weekdays.
    expect(progress).toMatchObject({ workingDays: 65, workingDaysLeft: 65, pacePerDay: 5, onTrack: true });
  });

  it('rounds the percentage down and keeps amounts whole across a year of minor units', () => {
    const year = periodWindow('year', '2026-12-31', 'UTC');
    const progress = progressOf({
      done: 99_999_999,
      target: 100_000_000,
      window: year,
      today: '2026-12-31',
      isWorkingDay: weekdays,
    });
    expect(progress).toMatchObject({ percent: 99, workingDays: 261, workingDaysLeft: 1, pacePerDay: 1 });
  });
});
