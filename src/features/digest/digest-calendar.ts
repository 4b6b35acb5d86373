import { dateTimeFormat } from '../../lib/intl-cache.js';
import { addDays, isoWeekday, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { previousWorkingDays, type WorkCalendar } from '../team/work-calendar.js';
import type { DateWindow } from './digest.types.js';

/** Milliseconds the zone's wall clock is ahead of UTC at `instant` (+08:00 → 8 h, −05:00 → −5 h). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local calendar date begins in `timeZone`. Two passes, because the offset at local midnight can
 * differ from the offset at UTC midnight of the same date (a DST change in between).
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const { year, month, day } = requireIsoDate(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const first = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - zoneOffsetMs(new Date(first), timeZone));
}

/** Local dates `[fromDate, toDate)` as instants in the team's zone. */
export function localWindow(fromDate: string, toDate: string, timeZone: string): DateWindow {
  return {
    fromDate,
    toDate,
    from: startOfLocalDay(fromDate, timeZone),
    to: startOfLocalDay(toDate, timeZone),
  };
}

export function shiftDate(date: string, days: number): string {
  return toIso(addDays(requireIsoDate(date), days));
}

export function weekdayOf(date: string): number {
  return isoWeekday(requireIsoDate(date));
}

/**
 * What a morning digest on `today` covers: from the start of the previous working day to the start of today,
 * so Monday's digest also covers the weekend, the first digest after a holiday covers the holiday, and nothing
 * falls between two digests.
 */
export function digestWindow(today: string, calendar: WorkCalendar, timeZone: string): DateWindow {
  const [previous = shiftDate(today, -1)] = previousWorkingDays(today, calendar, 1);
  return localWindow(previous, today, timeZone);
}

/** The seven days before `monday` (the previous Monday to Sunday). */
export function weekWindow(monday: string, timeZone: string): DateWindow {
  return localWindow(shiftDate(monday, -7), monday, timeZone);
}

/** The wall-clock time `HH:MM` at `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** `8:30` → `08:30`; anything that is not a time of day → `fallback`. */
export function normalizeTime(value: string | null | undefined, fallback: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value?.trim() ?? '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return fallback;
  return `${match[1]?.padStart(2, '0')}:${match[2]}`;
}
