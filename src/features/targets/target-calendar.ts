import { addMonths, isoWeekday, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { localWindow, shiftDate } from '../digest/digest-calendar.js';
import { isWorkingDay, type WorkCalendar } from '../team/work-calendar.js';
import type { PeriodWindow, TargetPeriod } from './targets.types.js';

/** Whether a local date is worked. Progress, pace and the rep's day ask only this. */
export type WorkingDayTest = (date: string) => boolean;

/** The one place the targets feature decides which dates a team works: the team's work calendar. */
export function teamWorkingDays(team: WorkCalendar): WorkingDayTest {
  return (date) => isWorkingDay(date, team);
}

/** The first local date of the period holding `date`. Weeks start on Monday (ISO, as in China). */
export function periodStart(period: TargetPeriod, date: string): string {
  const day = requireIsoDate(date);
  if (period === 'day') return date;
  if (period === 'week') return shiftDate(date, 1 - isoWeekday(day));
  if (period === 'month') return toIso({ ...day, day: 1 });
  if (period === 'quarter')
    return toIso({ year: day.year, month: day.month - ((day.month - 1) % 3), day: 1 });
  return toIso({ year: day.year, month: 1, day: 1 });
}

/** The local date right after the period that begins on `start`. */
function periodEnd(period: TargetPeriod, start: string): string {
  if (period === 'day') return shiftDate(start, 1);
  if (period === 'week') return shiftDate(start, 7);
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return toIso(addMonths(requireIsoDate(start), months));
}

/** The period holding the local date `date`, as local dates and as the instants they begin in `timeZone`. */
export function periodWindow(period: TargetPeriod, date: string, timeZone: string): PeriodWindow {
  const fromDate = periodStart(period, date);
  const window = localWindow(fromDate, periodEnd(period, fromDate), timeZone);
  return { period, ...window };
}

/** The period before the one holding `date` (last week, last month…). */
export function previousPeriodWindow(period: TargetPeriod, date: string, timeZone: string): PeriodWindow {
  return periodWindow(period, shiftDate(periodStart(period, date), -1), timeZone);
}

/** Worked dates in `[fromDate, toDate)`. */
export function countWorkingDays(fromDate: string, toDate: string, isWorked: WorkingDayTest): number {
  let count = 0;
  for (let date = fromDate; date < toDate; date = shiftDate(date, 1)) if (isWorked(date)) count++;
  return count;
}

/** The `count` worked dates before `date`, oldest first (`date` excluded); searches back at most a year. */
export function workingDaysBefore(date: string, count: number, isWorked: WorkingDayTest): string[] {
  const found: string[] = [];
  let day = date;
  for (let i = 0; i < 366 && found.length < count; i++) {
    day = shiftDate(day, -1);
    if (isWorked(day)) found.unshift(day);
  }
  return found;
}
