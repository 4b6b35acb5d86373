import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isoWeekday,
  isValidDate,
  MONTH_NAME_PATTERN,
  MONTH_NAMES,
  nextOccurrence,
  nextSpringFestival,
  quarterOf,
  requireIsoDate,
  toIso,
} from './calendar.js';
import { ENGLISH_NUMBER_PATTERN, parseCount } from './chinese-numerals.js';

export interface TimelineMatch {
  /** The deadline the phrase names: the latest date consistent with it ("next month" → its last day). */
  by: string;
  phrase: string;
  index: number;
}

type Resolve = (m: RegExpExecArray, today: CalendarDate) => CalendarDate | null;

const ZH_N = '\\d{1,4}|[零一二两三四五六七八九十百]{1,4}';
const EN_N = `\\d{1,4}|${ENGLISH_NUMBER_PATTERN}`;
const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
};
Object.assign(QUARTER_WORDS, { '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4 });

/**
 * Only forward-looking phrases are read; past ones (去年年底, last month, "Q1 was slow") are left alone
 * because a purchase timeline is always ahead of today.
 */
const RULES: Array<[RegExp, Resolve]> = [
  [
    /\b(?:by |before |until )?(?:the )?end of (?:the |this )?year\b|\b(?:by |before )?year[- ]end\b/gi,
    endOfYear(0),
  ],
  [/\b(?:later |within )this year\b/gi, endOfYear(0)],
  [/\bnext year\b/gi, endOfYear(1)],
  [/\b(?:by |before )?(?:the )?end of (?:the |this )?month\b|\b(?:later |within )this month\b/gi, month(0)],
  [/\b(?:by |before )?(?:the )?end of next month\b|\bnext month\b/gi, month(1)],
  [/\bnext week\b/gi, (_, t) => addDays(t, 14 - isoWeekday(t))],
  [new RegExp(`\\b(?:in|within)(?: the next)? (${EN_N}) (days?|weeks?|months?|years?)\\b`, 'gi'), relative],
  [/\b(?:(by|before|until|for|in|during) )?(?:the )?Q([1-4])(?:[ ,]+(20\d\d)|'(\d\d))?\b/g, quarterCode],
  [
    /\b(?:(by|before|until|for|in|during) )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (20\d\d))?/gi,
    quarterWords,
  ],
  [
    /\b(?:this|current) quarter\b|\b(?:the )?end of (?:the |this )?quarter\b|\bquarter[- ]end\b/gi,
    quarter(0),
  ],
  [/\bnext quarter\b/gi, quarter(1)],
  [/\b(before|by) christmas\b/gi, (m, t) => nextOccurrence(t, 12, m[1]?.toLowerCase() === 'by' ? 25 : 24)],
  [/\b(?:by|before|until|no later than) (\d{4})-(\d{2})-(\d{2})\b/gi, isoDeadline],
  [
    new RegExp(
      `\\b(?:by|before|until|no later than) (${MONTH_NAME_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b`,
      'gi',
    ),
    namedDay,
  ],
  [
    new RegExp(`\\b(by|before|until) (?:the )?(?:end of )?(${MONTH_NAME_PATTERN})\\b(?! \\d)`, 'gi'),
    namedMonth,
  ],
  [/下(?:个)?月(?:底|初|中|内)?/g, month(1)],
  [
    /(?:本月|这个月|当月)(?:底|内|之内)(?:前|之前)?|(?<!上个?|\d|[一二三四五六七八九十])月底(?:前|之前)?/g,
    month(0),
  ],
  [new RegExp(`(${ZH_N})(天|日|周|个星期|星期|个礼拜|礼拜|个月|年)(?:内|之内|以内)`, 'g'), relative],
  [/半年(?:内|之内|以内)/g, (_, t) => addMonths(t, 6)],
  [/(?<!去年?|前年?|明年?)(?:今年)?(?:年底|年末)(?:前|之前)?|今?年内|今年之内/g, endOfYear(0)],
  [/明年(?:年底|底)?(?!上半年|初)/g, endOfYear(1)],
  [/(今年|明年)?上半年/g, (m, t) => halfYear(m[1] === '明年' ? t.year + 1 : t.year, 6, t)],
  [/(今年|明年)?下半年/g, (m, t) => halfYear(m[1] === '明年' ? t.year + 1 : t.year, 12, t)],
  [/(今年|明年)?第?([一二三四1-4])季度(?:末|底|前|之前|内)?/g, quarterChinese],
  [/(?:本|这个|当)季度/g, quarter(0)],
  [/下(?:个)?季度/g, quarter(1)],
  [/(?:春节|过年)(?:前|之前|以前)/g, (_, t) => springFestivalEve(t)],
  [/(?:五一|劳动节)(?:前|之前|以前)/g, (_, t) => nextOccurrence(t, 4, 30)],
  [/(?:国庆|十一)(?:节)?(?:前|之前|以前)/g, (_, t) => nextOccurrence(t, 9, 30)],
  [new RegExp(`(${ZH_N})月(${ZH_N})(?:日|号)(?:前|之前|以前)`, 'g'), chineseDay],
  [new RegExp(`(${ZH_N})月(底|末|份)?(?:前|之前|以前)`, 'g'), chineseMonth],
];

/** Purchase timelines in free text (`next month`, `Q3 2027`, `两周内`, `年底前`), in order of appearance. */
export function findTimeline(text: string, today: string): TimelineMatch[] {
  const base = requireIsoDate(today);
  const found: TimelineMatch[] = [];
  for (const [pattern, resolve] of RULES) {
    for (const m of text.matchAll(pattern)) {
      const date = resolve(m as RegExpExecArray, base);
      if (!date || !isValidDate(date) || compareDates(date, base) < 0 || m.index === undefined) continue;
      found.push({ by: toIso(date), phrase: m[0].trim(), index: m.index });
    }
  }
  return withoutOverlaps(found);
}

/** When two phrases overlap (月底前 inside 12月底前) the longer one says more. */
function withoutOverlaps(matches: TimelineMatch[]): TimelineMatch[] {
  const sorted = [...matches].sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: TimelineMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.index < last.index + last.phrase.length) {
      if (match.phrase.length > last.phrase.length) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

function endOfYear(yearsAhead: number): Resolve {
  return (_, t) => ({ year: t.year + yearsAhead, month: 12, day: 31 });
}

function month(monthsAhead: number): Resolve {
  return (_, t) => endOfMonth(t, monthsAhead);
}

function quarter(quartersAhead: number): Resolve {
  return (_, t) => {
    const index = t.year * 4 + quarterOf(t) - 1 + quartersAhead;
    return endOfQuarter(Math.floor(index / 4), (index % 4) + 1);
  };
}

function relative(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const count = parseCount(m[1] ?? '');
  const unit = (m[2] ?? '').toLowerCase();
  if (count === null || count <= 0 || count > 1000) return null;
  if (unit.startsWith('year') || unit === '年') return addMonths(t, count * 12);
  if (unit.startsWith('month') || unit === '个月') return addMonths(t, count);
  const perUnit = unit.startsWith('day') || unit === '天' || unit === '日' ? 1 : 7;
  return addDays(t, count * perUnit);
}

/**
 * A quarter named with no year is this year's while it has not ended. A past one counts as next year's only
 * when a deadline word says so ("by Q1"); "Q1 was slow" is history, not a timeline.
 */
function resolveQuarter(q: number, year: number | null, deadlineWord: boolean, t: CalendarDate) {
  if (year !== null) return endOfQuarter(year, q);
  if (q >= quarterOf(t)) return endOfQuarter(t.year, q);
  return deadlineWord ? endOfQuarter(t.year + 1, q) : null;
}

function isDeadlineWord(word: string | undefined): boolean {
  return ['by', 'before', 'until', 'for'].includes((word ?? '').toLowerCase());
}

function quarterCode(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : null;
  return resolveQuarter(Number(m[2]), year, isDeadlineWord(m[1]), t);
}

function quarterWords(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const q = QUARTER_WORDS[(m[2] ?? '').toLowerCase()];
  return q ? resolveQuarter(q, m[3] ? Number(m[3]) : null, isDeadlineWord(m[1]), t) : null;
}

function quarterChinese(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const q = QUARTER_WORDS[m[2] ?? ''] ?? Number(m[2]);
  if (!q) return null;
  if (m[1] === '明年') return endOfQuarter(t.year + 1, q);
  return resolveQuarter(q, m[1] === '今年' ? t.year : null, false, t);
}

function halfYear(year: number, lastMonth: number, t: CalendarDate): CalendarDate | null {
  const end = { year, month: lastMonth, day: daysInMonth(year, lastMonth) };
  return compareDates(end, t) >= 0 ? end : null;
}

function springFestivalEve(t: CalendarDate): CalendarDate | null {
  const festival = nextSpringFestival(addDays(t, 1));
  return festival ? addDays(festival, -1) : null;
}

function isoDeadline(m: RegExpExecArray): CalendarDate | null {
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

function namedDay(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  return nextOccurrence(t, MONTH_NAMES[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2]));
}

/** "by March" is read as the end of March; "before March" as the end of February. */
function namedMonth(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const target = MONTH_NAMES[(m[2] ?? '').toLowerCase()];
  if (!target) return null;
  const before = (m[1] ?? '').toLowerCase() === 'before' && !/end of/i.test(m[0]);
  return monthDeadline(t, target, before);
}

/** The end of the next `month` still ahead, or (for "before") the day before that month starts. */
function monthDeadline(t: CalendarDate, month: number, before: boolean): CalendarDate | null {
  const year = month >= t.month ? t.year : t.year + 1;
  return before ? addDays({ year, month, day: 1 }, -1) : endOfMonth({ year, month, day: 1 });
}

function chineseDay(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const monthNumber = parseCount(m[1] ?? '');
  const day = parseCount(m[2] ?? '');
  return monthNumber && day ? nextOccurrence(t, monthNumber, day) : null;
}

/** 12月底前 → end of December; 12月前 / 12月份之前 → end of November. */
function chineseMonth(m: RegExpExecArray, t: CalendarDate): CalendarDate | null {
  const monthNumber = parseCount(m[1] ?? '');
  if (!monthNumber || monthNumber > 12) return null;
  return monthDeadline(t, monthNumber, !(m[2] === '底' || m[2] === '末'));
}
