import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  endOfMonth,
  isoWeekday,
  isValidDate,
  MONTH_NAME_PATTERN,
  MONTH_NAMES,
  nextOccurrence,
  requireIsoDate,
  toIso,
} from './calendar.js';
import { ENGLISH_NUMBER_PATTERN, parseCount } from './chinese-numerals.js';
import { splitTimeOfDay } from './time-of-day.js';

export { findQuantities, type QuantityMatch } from './quantities.js';
export { findTimeline, type TimelineMatch } from './timeline.js';

export interface FollowUpDate {
  date: string;
  /** `HH:MM`, only when the text named a time. */
  time?: string;
}

const EN_WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};
const ZH_WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const ZH_NUMBER = '\\d{1,3}|[零一二两三四五六七八九十]{1,3}';
const COUNT = `(\\d{1,4}|${ENGLISH_NUMBER_PATTERN})`;

type Rule = [RegExp, (m: RegExpExecArray, today: CalendarDate) => CalendarDate | null];

/**
 * Weekdays follow the Chinese reading of weeks (Monday first): "next friday" / 下周五 is Friday of next
 * week, "this friday" / 这周五 is Friday of this week (null once it has passed), and a bare "friday" / 周五 is
 * the next Friday after today (a week away when said on a Friday).
 */
const RULES: Rule[] = [
  [/^(?:today|今天|今日)$/, (_, t) => t],
  [/^(?:tomorrow|tmr|tmrw|明天|明日)$/, (_, t) => addDays(t, 1)],
  [/^(?:(?:the )?day after tomorrow|后天)$/, (_, t) => addDays(t, 2)],
  [/^大后天$/, (_, t) => addDays(t, 3)],
  [/^next week$|^下(?:个)?(?:周|星期|礼拜)$/, (_, t) => addDays(t, 8 - isoWeekday(t))],
  [/^next month$|^下(?:个)?月$/, (_, t) => addMonths({ ...t, day: 1 }, 1)],
  [/^(?:(?:by )?(?:the )?end of (?:the |this )?month|eom|(?:本|这个|这)?月底)$/, (_, t) => endOfMonth(t)],
  [/^(?:(?:the )?end of next month|下(?:个)?月底)$/, (_, t) => endOfMonth(t, 1)],
  [new RegExp(`^(?:on )?(next|this|coming)? ?(${Object.keys(EN_WEEKDAYS).join('|')})$`), englishWeekday],
  [/^(下(?:个)?|这(?:个)?|本)?(?:周|星期|礼拜)([一二三四五六日天])$/, chineseWeekday],
  [new RegExp(`^(?:in )?${COUNT} (day|week|month)s?(?: from now| later)?$`), relative],
  [new RegExp(`^(${ZH_NUMBER})(天|日|周|个星期|星期|个礼拜|礼拜|个月)(?:后|以后|之后)$`), relative],
  [/^(?:on )?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (m) => exact(m[1], m[2], m[3])],
  [/^(?:on )?(\d{1,2})[/-](\d{1,2})$/, (m, t) => upcoming(t, m[1], m[2])],
  [new RegExp(`^(?:on )?(${MONTH_NAME_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`), monthName],
  [
    new RegExp(`^(?:on )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_NAME_PATTERN})\\.?(?:,? (\\d{4}))?$`),
    dayMonthName,
  ],
  [new RegExp(`^(?:(\\d{4})年)?(${ZH_NUMBER})月(${ZH_NUMBER})(?:日|号)$`), chineseDate],
  [new RegExp(`^(?:本月|这个月)?(${ZH_NUMBER})(?:号|日)$`), (m, t) => dayOfMonth(t, m[1])],
];

/**
 * Reads the `<when>` of `/followup <lead> <when>`: one date phrase, optionally with a time of day, in
 * English or Chinese. Returns null for anything it cannot read for certain. `today` is the rep's local date.
 */
export function parseFollowUpDate(text: string, today: string): FollowUpDate | null {
  const base = requireIsoDate(today);
  const normalized = normalize(text);
  if (normalized.length === 0 || normalized.length > 60) return null;
  const timeSplit = splitTimeOfDay(normalized);
  if (timeSplit === null) return null;
  const phrase = timeSplit ? timeSplit.rest : normalized;
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(phrase);
    if (!match) continue;
    const date = resolve(match, base);
    if (!date || !isValidDate(date)) return null;
    return timeSplit ? { date: toIso(date), time: timeSplit.time } : { date: toIso(date) };
  }
  return null;
}

export interface WhenSplit {
  /** The date words exactly as typed. */
  when: string;
  date: FollowUpDate;
  /** Everything else, trimmed (for `/followup`, the note). */
  rest: string;
  /** Where the date phrase was: `leading` is tried first, so `tomorrow call back` is read left to right. */
  position: 'leading' | 'trailing';
}

const MAX_WHEN_LENGTH = 40;

/**
 * Separates a date phrase from free text (`tomorrow 3pm send the quote`, `send the quote 明天下午3点`,
 * `周五发报价`): the longest readable phrase at the start wins; otherwise the longest at the end. A phrase
 * never ends or starts inside a word, so `mon` is not read out of `monkey`. Null when neither end is a date.
 */
export function splitWhen(text: string, today: string): WhenSplit | null {
  const source = text.trim();
  for (let end = Math.min(source.length, MAX_WHEN_LENGTH); end > 0; end--) {
    const found = tryPiece(source, 0, end, today, 'leading');
    if (found) return found;
  }
  for (let start = Math.max(0, source.length - MAX_WHEN_LENGTH); start < source.length; start++) {
    const found = tryPiece(source, start, source.length, today, 'trailing');
    if (found) return found;
  }
  return null;
}

function tryPiece(
  source: string,
  start: number,
  end: number,
  today: string,
  position: WhenSplit['position'],
): WhenSplit | null {
  if (!isBoundary(source, start) || !isBoundary(source, end)) return null;
  const when = source
    .slice(start, end)
    .trim()
    .replace(/^[,，:：;；]+|[,，:：;；]+$/g, '')
    .trim();
  if (when.length === 0) return null;
  const date = parseFollowUpDate(when, today);
  if (!date) return null;
  const rest = `${source.slice(0, start)} ${source.slice(end)}`
    .trim()
    .replace(/^[,，:：;；\-–—]\s*|\s*[,，:：;；\-–—]$/g, '')
    .trim();
  return { when, date, rest, position };
}

function isBoundary(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  if (before === undefined || after === undefined) return true;
  // A surrogate pair is one character; cutting it would leave broken text behind.
  if (/[\uD800-\uDBFF]/.test(before)) return false;
  // Latin words and numbers are never cut in two; Chinese has no spaces, so any other split is allowed.
  return !(/[a-z0-9]/i.test(before) && /[a-z0-9]/i.test(after));
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,;!?，。；！？\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function englishWeekday(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const target = EN_WEEKDAYS[m[2] ?? ''];
  if (!target) return null;
  const mode = m[1] === 'next' ? 'next' : m[1] === 'this' ? 'this' : 'bare';
  return weekday(today, target, mode);
}

function chineseWeekday(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const target = ZH_WEEKDAYS[m[2] ?? ''];
  if (!target) return null;
  const mode = m[1]?.startsWith('下') ? 'next' : m[1] ? 'this' : 'bare';
  return weekday(today, target, mode);
}

function weekday(today: CalendarDate, target: number, mode: 'next' | 'this' | 'bare'): CalendarDate | null {
  const current = isoWeekday(today);
  if (mode === 'next') return addDays(today, 7 - current + target);
  if (mode === 'this') return target >= current ? addDays(today, target - current) : null;
  return addDays(today, (target - current + 7) % 7 || 7);
}

function relative(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const count = parseCount(m[1] ?? '');
  if (count === null || !Number.isInteger(count) || count < 0 || count > 3650) return null;
  const unit = m[2] ?? '';
  if (unit === 'month' || unit === '个月') return addMonths(today, count);
  const days = unit === 'day' || unit === '天' || unit === '日' ? 1 : 7;
  return addDays(today, count * days);
}

function exact(year?: string, month?: string, day?: string): CalendarDate | null {
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return isValidDate(date) ? date : null;
}

function upcoming(today: CalendarDate, month?: string, day?: string): CalendarDate | null {
  return nextOccurrence(today, Number(month), Number(day));
}

function monthName(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const month = MONTH_NAMES[m[1] ?? ''] ?? 0;
  return m[3] ? exact(m[3], String(month), m[2]) : upcoming(today, String(month), m[2]);
}

function dayMonthName(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const month = MONTH_NAMES[m[2] ?? ''] ?? 0;
  return m[3] ? exact(m[3], String(month), m[1]) : upcoming(today, String(month), m[1]);
}

function chineseDate(m: RegExpExecArray, today: CalendarDate): CalendarDate | null {
  const month = parseCount(m[2] ?? '');
  const day = parseCount(m[3] ?? '');
  if (month === null || day === null) return null;
  return m[1] ? exact(m[1], String(month), String(day)) : upcoming(today, String(month), String(day));
}

/** 15号: this month's 15th if it is still ahead, otherwise next month's. */
function dayOfMonth(today: CalendarDate, dayText?: string): CalendarDate | null {
  const day = parseCount(dayText ?? '');
  if (day === null || day < 1 || day > 31) return null;
  for (let ahead = 0; ahead < 3; ahead++) {
    const candidate = { ...addMonths({ ...today, day: 1 }, ahead), day };
    if (isValidDate(candidate) && compareDates(candidate, today) >= 0) return candidate;
  }
  return null;
}
