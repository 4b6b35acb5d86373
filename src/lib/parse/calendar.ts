/**
 * Calendar arithmetic on plain `YYYY-MM-DD` dates. Everything goes through UTC so a rep's time zone or the
 * server's daylight-saving switch can never shift a date by one.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}

export function requireIsoDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`today must be a valid YYYY-MM-DD date, got "${iso}"`);
  return date;
}

export function toIso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(Date.UTC(date.year, date.month - 1, date.day + days));
}

/** Adds calendar months, keeping the day but never spilling into the month after (Jan 31 + 1 → Feb 28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function endOfMonth(date: CalendarDate, monthsAhead = 0): CalendarDate {
  const first = addMonths({ ...date, day: 1 }, monthsAhead);
  return { ...first, day: daysInMonth(first.year, first.month) };
}

/** 1 = Monday … 7 = Sunday, the way Chinese and ISO weeks count. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The next `month`/`day` on or after `today`, or null when it never exists (a 30th of February). */
export function nextOccurrence(today: CalendarDate, month: number, day: number): CalendarDate | null {
  for (let year = today.year; year <= today.year + 8; year++) {
    const candidate = { year, month, day };
    if (isValidDate(candidate) && compareDates(candidate, today) >= 0) return candidate;
  }
  return null;
}

export function endOfQuarter(year: number, quarter: number): CalendarDate {
  const month = quarter * 3;
  return { year, month, day: daysInMonth(year, month) };
}

export function quarterOf(date: CalendarDate): number {
  return Math.ceil(date.month / 3);
}

export const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
export const MONTH_NAME_PATTERN = `(?:${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Chinese New Year's Day; 春节前 needs a table because the lunar calendar cannot be computed cheaply. */
const SPRING_FESTIVAL: Record<number, string> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

/** The next Spring Festival on or after `today`, or null outside the table. */
export function nextSpringFestival(today: CalendarDate): CalendarDate | null {
  for (const year of [today.year, today.year + 1]) {
    const iso = SPRING_FESTIVAL[year];
    const date = iso ? parseIsoDate(iso) : null;
    if (date && compareDates(date, today) >= 0) return date;
  }
  return null;
}
