import { createRequire } from 'node:module';
import { getFestival, isWorkday } from 'chinese-workday';
import type HolidaysClass from 'date-holidays';

/*
 * A country's public holidays, from maintained libraries (measured in BENCHMARKS.md, section 7):
 *  - China: `chinese-workday`, which carries the State Council's yearly schedule (放假调休) including the weekend
 *    make-up working days (调休上班) that no weekday rule can know. It matched the official 2025 and 2026 notices on
 *    every day of both years, whatever the server's time zone; `date-holidays` got 16 days of 2026 wrong for
 *    China (no make-up days; days off missed; 1 June counted as one).
 *  - Every other country: `date-holidays` (its `public` holidays, substitute days included). It adds about 19 MB
 *    of resident memory, so it is loaded on first use: a team that keeps only China's holidays never loads it.
 */

export type PublicDay = { kind: 'holiday'; name: string } | { kind: 'make_up_workday'; name: string };

/** Countries offered in the settings form (any code `date-holidays` knows is accepted by the use case). */
export const HOLIDAY_COUNTRIES = [
  'CN',
  'HK',
  'TW',
  'SG',
  'MY',
  'JP',
  'KR',
  'IN',
  'AU',
  'NZ',
  'GB',
  'IE',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'US',
  'CA',
  'MX',
  'BR',
  'AE',
] as const;

const require = createRequire(import.meta.url);
let holidaysLibrary: typeof HolidaysClass | undefined;
function dateHolidays(): typeof HolidaysClass {
  holidaysLibrary ??= require('date-holidays') as typeof HolidaysClass;
  return holidaysLibrary;
}

/** `YYYY-MM-DD` → day, per country and year; a year is read from a library once per process. */
const yearCache = new Map<string, Map<string, PublicDay>>();

function otherCountryYear(country: string, year: number): Map<string, PublicDay> {
  const days = new Map<string, PublicDay>();
  const Holidays = dateHolidays();
  const calendar = new Holidays(country, { types: ['public'] });
  for (const holiday of calendar.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    // `date` is the local date-time the holiday starts, e.g. `2026-12-25 00:00:00`.
    days.set(holiday.date.slice(0, 10), { kind: 'holiday', name: holiday.name });
  }
  return days;
}

function yearOf(country: string, year: number): Map<string, PublicDay> {
  const key = `${country}:${year}`;
  let days = yearCache.get(key);
  if (!days) {
    days = country === 'CN' ? new Map() : otherCountryYear(country, year);
    yearCache.set(key, days);
  }
  return days;
}

/**
 * China's day from chinese-workday: a festival name (`补春节` on a make-up working day), else 工作日 / 周末. Only
 * `getFestival` and `isWorkday` are used, with `YYYY-MM-DD` strings: their string path reads the date in local
 * time and is right in any server time zone, while `isAddtionalWorkday` parses the string as UTC midnight and
 * answers for the day before on a server west of UTC (measured; see work-calendar.test.ts).
 */
function chinaDay(date: string): PublicDay | null {
  const festival = getFestival(date);
  if (festival === '工作日' || festival === '周末') return null;
  return isWorkday(date) ? { kind: 'make_up_workday', name: festival } : { kind: 'holiday', name: festival };
}

/** What `country`'s public calendar says about `date` (`YYYY-MM-DD`): a holiday, a make-up working day, or nothing. */
export function publicDay(country: string, date: string): PublicDay | null {
  if (country === 'CN') return chinaDay(date);
  return yearOf(country, Number(date.slice(0, 4))).get(date) ?? null;
}

/**
 * Whether the library knows `country`'s schedule for `year`. China's is decreed each November for the next year,
 * so a year the installed chinese-workday predates is unknown (its 1 October, always National Day, reads as an
 * ordinary day): the settings show a warning and the team can add the dates itself until the library is updated.
 * Other countries' holidays are computed by rule for any year.
 */
export function publicCalendarKnows(country: string, year: number): boolean {
  if (country !== 'CN') return true;
  return chinaDay(`${year}-10-01`)?.kind === 'holiday';
}

/** Whether `country` is a code the holiday libraries know. */
export function isHolidayCountry(country: string): boolean {
  if (country === 'CN') return true;
  if (!/^[A-Z]{2}$/.test(country)) return false;
  const Holidays = dateHolidays();
  return Object.hasOwn(new Holidays().getCountries() ?? {}, country);
}
