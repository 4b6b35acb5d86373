import { addDays, isoWeekday, parseIsoDate, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { publicCalendarKnows, publicDay } from './public-holidays.js';
import type { Team } from './team.types.js';

/**
 * The team's working calendar: the one answer to "is this a working day?" for every scheduled task (follow-up
 * reminders, timed follow-ups, the digest, the managers' morning DM, the weekly summary, approval reminders'
 * working time) and for anything else that counts working days. A `Team` is a `WorkCalendar`, so callers pass
 * the team they already hold: `isWorkingDay(date, team)`.
 */
export type WorkCalendar = Pick<Team, 'workingDays' | 'holidayCountry' | 'holidays'>;

/** Why a day is or is not a working day (the settings form shows it; tests assert it). */
export type DayKind =
  | { working: true; reason: 'working_weekday' }
  | { working: true; reason: 'make_up_workday'; name: string }
  | { working: false; reason: 'weekly_day_off' }
  | { working: false; reason: 'public_holiday'; name: string }
  | { working: false; reason: 'team_holiday' };

/** The weekday rule alone, when nothing else is configured: Monday to Friday. */
export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/**
 * What `date` (`YYYY-MM-DD`, a local date of the team) is, in this order:
 *  1. one of the team's own days off → not working;
 *  2. a public holiday of the team's country → not working;
 *  3. a make-up working day of the country (China's 调休上班, a Saturday or Sunday) → working, whatever the
 *     weekly pattern says;
 *  4. otherwise the weekly pattern: ISO weekdays in `workingDays` (1 = Monday … 7 = Sunday; empty = every day).
 */
export function dayKind(date: string, calendar: WorkCalendar): DayKind {
  const day = requireIsoDate(date);
  if (calendar.holidays.includes(date)) return { working: false, reason: 'team_holiday' };
  const official = calendar.holidayCountry ? publicDay(calendar.holidayCountry, date) : null;
  if (official?.kind === 'holiday') return { working: false, reason: 'public_holiday', name: official.name };
  if (official?.kind === 'make_up_workday')
    return { working: true, reason: 'make_up_workday', name: official.name };
  const { workingDays } = calendar;
  return workingDays.length === 0 || workingDays.includes(isoWeekday(day))
    ? { working: true, reason: 'working_weekday' }
    : { working: false, reason: 'weekly_day_off' };
}

/** Whether the team works on `date` (`YYYY-MM-DD`, the team's or the rep's local date). See `dayKind`. */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  return dayKind(date, calendar).working;
}

const shift = (date: string, days: number) => toIso(addDays(requireIsoDate(date), days));

/** Long enough to cross any holiday season (China's Spring Festival is 9 days) plus weekly days off. */
const SEARCH_DAYS = 60;

/** The first working day after `date`; `date` itself when nothing within 60 days is one (never blocks). */
export function nextWorkingDay(date: string, calendar: WorkCalendar): string {
  for (let i = 1; i <= SEARCH_DAYS; i++) {
    const candidate = shift(date, i);
    if (isWorkingDay(candidate, calendar)) return candidate;
  }
  return shift(date, 1);
}

/** The `count` working days before `today`, oldest first (today excluded); fewer when 60 × count days hold fewer. */
export function previousWorkingDays(today: string, calendar: WorkCalendar, count: number): string[] {
  const found: string[] = [];
  let date = today;
  for (let i = 0; i < SEARCH_DAYS * Math.max(1, count) && found.length < count; i++) {
    date = shift(date, -1);
    if (isWorkingDay(date, calendar)) found.unshift(date);
  }
  return found;
}

/** The first working day of the ISO week (Monday to Sunday) that holds `date`, or null if it has none. */
export function firstWorkingDayOfWeek(date: string, calendar: WorkCalendar): string | null {
  const monday = shift(date, 1 - isoWeekday(requireIsoDate(date)));
  for (let i = 0; i < 7; i++) {
    const candidate = shift(monday, i);
    if (isWorkingDay(candidate, calendar)) return candidate;
  }
  return null;
}

/** Days off other than the weekly ones from `from` on (holidays, the team's own days), for the settings form. */
export function upcomingDaysOff(
  from: string,
  calendar: WorkCalendar,
  options: { days: number; limit: number },
): { date: string; kind: DayKind }[] {
  const found: { date: string; kind: DayKind }[] = [];
  for (let i = 0; i < options.days && found.length < options.limit; i++) {
    const date = shift(from, i);
    const kind = dayKind(date, calendar);
    if (kind.reason !== 'working_weekday' && kind.reason !== 'weekly_day_off') found.push({ date, kind });
  }
  return found;
}

/** Years from `from`'s to `until`'s whose public schedule the installed library does not know (China only). */
export function unknownHolidayYears(calendar: WorkCalendar, from: string, until: string): number[] {
  const country = calendar.holidayCountry;
  if (!country) return [];
  const first = parseIsoDate(from)?.year ?? 0;
  const last = parseIsoDate(until)?.year ?? first;
  const years: number[] = [];
  for (let year = first; year <= last; year++) if (!publicCalendarKnows(country, year)) years.push(year);
  return years;
}
