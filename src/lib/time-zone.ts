import { dateTimeFormat } from './intl-cache.js';
import { addDays, isoWeekday, requireIsoDate, toIso } from './parse/calendar.js';

/** The calendar date (`YYYY-MM-DD`) at `instant` in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, part) => {
      acc[part.type] = part.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The first working day after `today` (ISO weekdays, 1 = Monday). */
export function nextWorkingDay(today: string, workingDays: readonly number[]): string {
  let date = requireIsoDate(today);
  for (let i = 0; i < 7; i++) {
    date = addDays(date, 1);
    if (workingDays.length === 0 || workingDays.includes(isoWeekday(date))) break;
  }
  return toIso(date);
}
