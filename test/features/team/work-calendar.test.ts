import { afterEach, describe, expect, it } from 'vitest';
import {
  dayKind,
  firstWorkingDayOfWeek,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDays,
  unknownHolidayYears,
  upcomingDaysOff,
  type WorkCalendar,
} from '../../../src/features/team/work-calendar.js';
import { addDays, requireIsoDate, toIso } from '../../../src/lib/parse/calendar.js';

const MON_FRI: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: [] };
const CHINA: WorkCalendar = { ...MON_FRI, holidayCountry: 'CN' };

/** 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025): the days off and the make-up working days. */
const CHINA_2026_DAYS_OFF: [string, string][] = [
  ['2026-01-01', '2026-01-03'],
  ['2026-02-15', '2026-02-23'],
  ['2026-04-04', '2026-04-06'],
  ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'],
  ['2026-09-25', '2026-09-27'],
  ['2026-10-01', '2026-10-07'],
];
const CHINA_2026_MAKE_UP_DAYS = [
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let date = requireIsoDate(`${year}-01-01`); date.year === year; date = addDays(date, 1))
    days.push(toIso(date));
  return days;
}

function officialChina2026(date: string): boolean {
  if (CHINA_2026_MAKE_UP_DAYS.includes(date)) return true;
  if (CHINA_2026_DAYS_OFF.some(([from, to]) => date >= from && date <= to)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

describe('the work calendar', () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it('gives the right answers on a server west of UTC (first, before any library cache is warm)', () => {
    process.env.TZ = 'America/Los_Angeles';
    const wrong = everyDayOf(2026).filter((date) => isWorkingDay(date, CHINA) !== officialChina2026(date));
    expect(wrong).toEqual([]);
  });

  it('agrees with the State Council’s 2026 schedule on every day of the year, make-up Saturdays and Sundays included', () => {
    const wrong = everyDayOf(2026).filter((date) => isWorkingDay(date, CHINA) !== officialChina2026(date));
    expect(wrong).toEqual([]);
    expect(CHINA_2026_MAKE_UP_DAYS.map((date) => dayKind(date, CHINA).reason)).toEqual(
      Array(6).fill('make_up_workday'),
    );
  });

  it('a plain weekday rule gets 25 days of China’s 2026 wrong, which is why the country matters', () => {
    const wrong = everyDayOf(2026).filter((date) => isWorkingDay(date, MON_FRI) !== officialChina2026(date));
    expect(wrong).toHaveLength(25);
  });

  it('names the holiday and the make-up day', () => {
    expect(dayKind('2026-10-01', CHINA)).toEqual({
      working: false,
      reason: 'public_holiday',
      name: '国庆节',
    });
    expect(dayKind('2026-02-14', CHINA)).toMatchObject({ working: true, reason: 'make_up_workday' });
    expect(dayKind('2026-03-07', CHINA)).toEqual({ working: false, reason: 'weekly_day_off' });
  });

  it('the team’s own days off come on top of the country’s, even on a make-up day', () => {
    const calendar = { ...CHINA, holidays: ['2026-12-24', '2026-02-14'] };
    expect(dayKind('2026-12-24', calendar)).toEqual({ working: false, reason: 'team_holiday' });
    expect(isWorkingDay('2026-02-14', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-23', calendar)).toBe(true);
  });

  it('other countries’ public holidays come from their own rules', () => {
    const us = { ...MON_FRI, holidayCountry: 'US' };
    expect(dayKind('2026-12-25', us)).toMatchObject({ working: false, reason: 'public_holiday' });
    expect(isWorkingDay('2026-11-26', us)).toBe(false); // Thanksgiving
    expect(isWorkingDay('2026-11-27', us)).toBe(true);
    const britain = { ...MON_FRI, holidayCountry: 'GB' };
    expect(isWorkingDay('2026-12-28', britain)).toBe(false); // Boxing Day falls on a Saturday: Monday is off
  });

  it('a team that works every day (no weekly days off) still stops for holidays', () => {
    const everyDay = { workingDays: [], holidayCountry: 'CN', holidays: [] };
    expect(isWorkingDay('2026-03-07', everyDay)).toBe(true);
    expect(isWorkingDay('2026-10-03', everyDay)).toBe(false);
  });

  it('the next working day after the Spring Festival’s eve is the make-up Saturday, then the Tuesday after it', () => {
    expect(nextWorkingDay('2026-02-13', CHINA)).toBe('2026-02-14');
    expect(nextWorkingDay('2026-02-14', CHINA)).toBe('2026-02-24');
    expect(nextWorkingDay('2026-02-13', MON_FRI)).toBe('2026-02-16');
  });

  it('counts working days backwards across a holiday week', () => {
    expect(previousWorkingDays('2026-10-09', CHINA, 3)).toEqual(['2026-09-29', '2026-09-30', '2026-10-08']);
    expect(previousWorkingDays('2026-11-30', MON_FRI, 3)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(previousWorkingDays('2026-11-30', { ...MON_FRI, workingDays: [1, 2, 3, 4, 5, 6] }, 1)).toEqual([
      '2026-11-28',
    ]);
  });

  it('the first working day of a week that starts with a holiday is the day work resumes', () => {
    expect(firstWorkingDayOfWeek('2026-02-26', CHINA)).toBe('2026-02-24');
    expect(firstWorkingDayOfWeek('2026-03-04', CHINA)).toBe('2026-03-02');
    expect(firstWorkingDayOfWeek('2026-02-18', CHINA)).toBe(null);
  });

  it('lists the coming days off with what they are, for the settings form', () => {
    const days = upcomingDaysOff(
      '2026-09-18',
      { ...CHINA, holidays: ['2026-09-22'] },
      { days: 30, limit: 20 },
    );
    expect(days.map((day) => [day.date, day.kind.reason])).toEqual([
      ['2026-09-20', 'make_up_workday'],
      ['2026-09-22', 'team_holiday'],
      ['2026-09-25', 'public_holiday'],
      ['2026-09-26', 'public_holiday'],
      ['2026-09-27', 'public_holiday'],
      ['2026-10-01', 'public_holiday'],
      ['2026-10-02', 'public_holiday'],
      ['2026-10-03', 'public_holiday'],
      ['2026-10-04', 'public_holiday'],
      ['2026-10-05', 'public_holiday'],
      ['2026-10-06', 'public_holiday'],
      ['2026-10-07', 'public_holiday'],
      ['2026-10-10', 'make_up_workday'],
    ]);
  });

  it('says which years of China’s schedule the installed library does not know yet', () => {
    expect(unknownHolidayYears(CHINA, '2026-11-28', '2027-01-31')).toEqual([2027]);
    expect(unknownHolidayYears(CHINA, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(unknownHolidayYears(MON_FRI, '2026-11-28', '2027-01-31')).toEqual([]);
  });
});
