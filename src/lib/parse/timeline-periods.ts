import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  daysInMonth,
  endOfQuarter,
  isoWeekday,
  isValidDate,
  nextOccurrence,
  nextSpringFestival,
  quarterOf,
} from './calendar.js';
import { parseCount } from './chinese-numerals.js';

/**
 * The deadline a named period gives: its last day, in the first year where that day is not past (unless a
 * year is named). These follow the usual reading of purchase timelines (and the rules of the labelled
 * evaluation set): "9月前", "by September" and "in September" all mean September 30.
 */

/** 今年 / 明年 / 后年 / 2027年 / "2027" / "next year" → a year, or null when none is named. */
export function namedYear(text: string | undefined, t: CalendarDate): number | null {
  if (!text) return null;
  const word = text.trim().toLowerCase();
  if (/今年|this year|本年/.test(word)) return t.year;
  if (/明年|next year|来年/.test(word)) return t.year + 1;
  if (/后年/.test(word)) return t.year + 2;
  const digits = /(\d{4})|'(\d{2})/.exec(word);
  if (digits?.[1]) return Number(digits[1]);
  if (digits?.[2]) return 2000 + Number(digits[2]);
  return null;
}

/** The last day of `month` (or its 10th / 20th for early / mid), this year or the first year it is ahead. */
export function monthDeadline(
  t: CalendarDate,
  month: number,
  year: number | null,
  part: 'early' | 'mid' | 'end' = 'end',
): CalendarDate | null {
  if (month < 1 || month > 12) return null;
  const at = (y: number) => ({
    year: y,
    month,
    day: part === 'early' ? 10 : part === 'mid' ? 20 : daysInMonth(y, month),
  });
  if (year !== null) return at(year);
  const thisYear = at(t.year);
  return compareDates(thisYear, t) >= 0 ? thisYear : at(t.year + 1);
}

export function monthPart(word: string | undefined): 'early' | 'mid' | 'end' {
  const w = (word ?? '').toLowerCase();
  if (/early|beginning|start|初|上旬/.test(w)) return 'early';
  if (/mid|middle|中旬|中/.test(w)) return 'mid';
  return 'end';
}

/** A day of a month: "3月15日", "by March 15", "15 March"; the next one on or after today. */
export function dayDeadline(
  t: CalendarDate,
  month: number,
  day: number,
  year: number | null,
): CalendarDate | null {
  if (year !== null) {
    const date = { year, month, day };
    return isValidDate(date) ? date : null;
  }
  return nextOccurrence(t, month, day);
}

/** "15号": this month's 15th, or next month's once it is past. */
export function dayOfMonthDeadline(t: CalendarDate, day: number): CalendarDate | null {
  for (let ahead = 0; ahead < 3; ahead++) {
    const candidate = { ...addMonths({ ...t, day: 1 }, ahead), day };
    if (isValidDate(candidate) && compareDates(candidate, t) >= 0) return candidate;
  }
  return null;
}

/**
 * A quarter's last day. With no year: this year's while it lasts; a past quarter counts as next year's only
 * when a forward word says so ("by Q1", "Q1前", "in Q1"), since "Q1 was slow" is history.
 */
export function quarterDeadline(
  t: CalendarDate,
  q: number,
  year: number | null,
  forward: boolean,
): CalendarDate | null {
  if (q < 1 || q > 4) return null;
  if (year !== null) return endOfQuarter(year, q);
  if (q >= quarterOf(t)) return endOfQuarter(t.year, q);
  return forward ? endOfQuarter(t.year + 1, q) : null;
}

export function relativeQuarter(t: CalendarDate, ahead: number): CalendarDate {
  const index = t.year * 4 + quarterOf(t) - 1 + ahead;
  return endOfQuarter(Math.floor(index / 4), (index % 4) + 1);
}

/** H1 / 上半年 → June 30, H2 / 下半年 → December 31. */
export function halfDeadline(t: CalendarDate, half: number, year: number | null): CalendarDate | null {
  const month = half === 1 ? 6 : 12;
  return monthDeadline(t, month, year);
}

/** 年初 / early 2027 → March 31, 年中 / mid-2027 → June 30, 年底 / late 2027 → December 31. */
export function yearPartDeadline(
  t: CalendarDate,
  part: 'early' | 'mid' | 'end',
  year: number | null,
): CalendarDate {
  const month = part === 'early' ? 3 : part === 'mid' ? 6 : 12;
  const at = (y: number) => ({ year: y, month, day: daysInMonth(y, month) });
  if (year !== null) return at(year);
  const thisYear = at(t.year);
  return compareDates(thisYear, t) >= 0 ? thisYear : at(t.year + 1);
}

/** "this week" → this Sunday; "next week" → next week's Sunday (weeks run Monday to Sunday). */
export function weekDeadline(t: CalendarDate, ahead: number): CalendarDate {
  return addDays(t, 7 - isoWeekday(t) + 7 * ahead);
}

/** "in 3 months", "两周内", "半年内": today plus that many days, weeks, months or years. */
export function durationDeadline(t: CalendarDate, countText: string, unit: string): CalendarDate | null {
  const count = countText === '半' ? 0.5 : parseCount(countText);
  if (count === null || count <= 0 || count > 1000) return null;
  const u = unit.toLowerCase();
  if (u.startsWith('year') || u === '年') return addMonths(t, Math.round(count * 12));
  if (u.startsWith('month') || u.endsWith('月')) {
    return Number.isInteger(count) ? addMonths(t, count) : addDays(t, Math.round(count * 30));
  }
  if (!Number.isInteger(count)) return null;
  const perUnit = u.startsWith('day') || u === '天' || u === '日' ? 1 : 7;
  return addDays(t, count * perUnit);
}

/**
 * The end of the customer's fiscal year that holds today (or the next one). The note may say when it ends
 * ("FY ends March 31", "财年4月开始"); otherwise the fiscal year is the calendar year.
 */
export function fiscalYearDeadline(t: CalendarDate, lastMonth: number, ahead: number): CalendarDate {
  const thisOne = monthDeadline(t, lastMonth, null) as CalendarDate;
  return ahead === 0
    ? thisOne
    : { ...thisOne, year: thisOne.year + ahead, day: daysInMonth(thisOne.year + ahead, lastMonth) };
}

export type Holiday = 'spring' | 'national' | 'double11' | 'newyear' | 'mayday' | 'christmas';

/** The day before a holiday's first day, the first one after today. */
export function holidayEve(t: CalendarDate, holiday: Holiday): CalendarDate | null {
  switch (holiday) {
    case 'spring': {
      const festival = nextSpringFestival(addDays(t, 1));
      return festival ? addDays(festival, -1) : null;
    }
    case 'national':
      return nextOccurrence(t, 9, 30);
    case 'double11':
      return nextOccurrence(t, 11, 10);
    case 'newyear':
      return nextOccurrence(t, 12, 31);
    case 'mayday':
      return nextOccurrence(t, 4, 30);
    case 'christmas':
      return nextOccurrence(t, 12, 24);
  }
}
