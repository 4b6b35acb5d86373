import { dateTimeFormat } from './intl-cache.js';

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
