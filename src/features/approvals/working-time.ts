import { dateTimeFormat } from '../../lib/intl-cache.js';
import { isWorkingDay, type WorkCalendar } from '../team/work-calendar.js';
import { WORKING_HOURS } from './approvals.types.js';

const formats = new Map<string, Intl.DateTimeFormat>();
const MINUTE = 60_000;
/** Enough for any delay a policy can hold; past it we only need to know "longer than that". */
const MAX_SPAN_MINUTES = 60 * 24 * 60;

function localParts(instant: Date, timeZone: string): { date: string; hour: number; minute: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = dateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/**
 * Working minutes between two instants in `timeZone`: only minutes on the team's working days (its calendar:
 * weekly days off, public and team holidays, make-up working days; see work-calendar.ts) between
 * WORKING_HOURS.start and .end local time count, so a request sent on Friday evening is not "late" on Monday
 * at 9:05. Walks local hour by hour (zone offsets are whole quarters of an hour, so hour boundaries are exact).
 */
export function workingMinutesBetween(
  from: Date,
  to: Date,
  timeZone: string,
  calendar: WorkCalendar,
): number {
  let total = 0;
  let cursor = from.getTime();
  const end = Math.min(to.getTime(), from.getTime() + MAX_SPAN_MINUTES * MINUTE);
  while (cursor < end) {
    const local = localParts(new Date(cursor), timeZone);
    const next = Math.min(end, cursor + (60 - local.minute) * MINUTE - (cursor % MINUTE));
    const working =
      isWorkingDay(local.date, calendar) &&
      local.hour >= WORKING_HOURS.start &&
      local.hour < WORKING_HOURS.end;
    if (working) total += (next - cursor) / MINUTE;
    cursor = next;
  }
  return Math.floor(total);
}

/**
 * The instant `minutes` working minutes after `from` (the inverse of workingMinutesBetween): the same hour-by-hour
 * walk, so a 2-hour target set on Friday at 17:00 falls due on Monday at 10:00 and a holiday adds nothing. A span
 * longer than the walk's bound (60 days) ends at the bound.
 */
export function addWorkingMinutes(
  from: Date,
  minutes: number,
  timeZone: string,
  calendar: WorkCalendar,
): Date {
  let left = Math.max(0, Math.round(minutes)) * MINUTE;
  let cursor = from.getTime();
  const bound = from.getTime() + MAX_SPAN_MINUTES * MINUTE;
  while (left > 0 && cursor < bound) {
    const local = localParts(new Date(cursor), timeZone);
    const next = cursor + (60 - local.minute) * MINUTE - (cursor % MINUTE);
    const working =
      isWorkingDay(local.date, calendar) &&
      local.hour >= WORKING_HOURS.start &&
      local.hour < WORKING_HOURS.end;
    if (working) {
      if (next - cursor >= left) return new Date(cursor + left);
      left -= next - cursor;
    }
    cursor = next;
  }
  return new Date(Math.min(cursor, bound));
}
