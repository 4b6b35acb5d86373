import { addMonths, type CalendarDate, endOfMonth, MONTH_NAME_PATTERN, MONTH_NAMES } from './calendar.js';
import { ENGLISH_NUMBER_PATTERN, parseCount } from './chinese-numerals.js';
import {
  dayDeadline,
  dayOfMonthDeadline,
  durationDeadline,
  fiscalYearDeadline,
  halfDeadline,
  holidayEve,
  monthDeadline,
  monthPart,
  namedYear,
  quarterDeadline,
  relativeQuarter,
  weekDeadline,
  yearPartDeadline,
} from './timeline-periods.js';

export interface RuleContext {
  /** The month the customer's fiscal year ends in (12 unless the text says otherwise). */
  fiscalLastMonth: number;
  /** The whole text, for a year named earlier in the same sentence ("明年三季度招标，四季度签约"). */
  text: string;
}
export type Resolve = (m: RegExpExecArray, t: CalendarDate, ctx: RuleContext) => CalendarDate | null;

const ZH_N = '\\d{1,3}|[一二两三四五六七八九十]{1,3}';
const EN_N = `\\d{1,4}|${ENGLISH_NUMBER_PATTERN}|six|eighteen`;
const ZH_YEAR = '(今年|明年|后年|\\d{4}\\s?年)?\\s?';
const EN_YEAR = "(?:(?:,?| of) (20\\d\\d)|'(\\d\\d)|(?: of)? (next year|this year))?";
const FORWARD = /by|before|until|till|for|in|during|within|no later than|前|之前|以前|内|之内/i;
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2 };
Object.assign(QUARTERS, { '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4 });
const WEEKLESS = '(?![一二三四五六日天末])';

const month = (text: string | undefined) => MONTH_NAMES[(text ?? '').toLowerCase().replace('.', '')] ?? 0;
const zhNumber = (text: string | undefined) => parseCount(text ?? '') ?? 0;
/** The year EN_YEAR's three groups (from `at`) name: "2027", "'27", "next year" / "this year"; null if none. */
function year(m: RegExpExecArray, at: number, t: CalendarDate): number | null {
  if (m[at]) return Number(m[at]);
  if (m[at + 1]) return 2000 + Number(m[at + 1]);
  return namedYear(m[at + 2], t);
}

/** A year named with an earlier period of the same sentence carries on: "明年三季度招标，四季度签约" → 明年. */
const NAMED_PERIOD_YEAR =
  /(今年|明年|后年|\d{4}\s?年)(?=第?[一二三四1-4]季度|[Qq][1-4]|[上下]半年|[Hh][12]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月)/g;
function carriedYear(ctx: RuleContext, at: number, t: CalendarDate): number | null {
  const before = ctx.text.slice(0, at);
  const sentence = before.slice(
    Math.max(...['。', '；', ';', '\n', '！', '？'].map((c) => before.lastIndexOf(c))) + 1,
  );
  const named = [...sentence.matchAll(NAMED_PERIOD_YEAR)].pop();
  return named ? namedYear(named[1], t) : null;
}

/** "下月中旬", "early next month": a part of next month. */
function nextMonthPart(t: CalendarDate, part: string | undefined): CalendarDate | null {
  const next = addMonths({ ...t, day: 1 }, 1);
  return monthDeadline(t, next.month, next.year, monthPart(part));
}

/**
 * Forward-looking period phrases, English then Chinese. Past ones (去年年底, last month, "Q1 was slow") are
 * not read: a purchase timeline is always ahead of today. When two phrases overlap, the longer one wins.
 */
export const TIMELINE_RULES: Array<[RegExp, Resolve]> = [
  // Years and parts of years.
  [
    /\b(?:by |before |until )?(?:the )?end of (?:the |this )?(?:calendar )?year\b|\b(?:by |before )?(?:the )?year[- ]end\b|\b(?:later |within |sometime |some time )this year\b/gi,
    (_, t) => yearPartDeadline(t, 'end', t.year),
  ],
  [
    /\b(?:(early|mid|late)[- ](20\d\d)|(early|mid|late)[- ]next year)\b/gi,
    (m, t) => yearPartDeadline(t, monthPart(m[1] ?? m[3]), m[2] ? Number(m[2]) : t.year + 1),
  ],
  [
    /\b(?:(?:sometime|some time|probably|in) )?next year\b/gi,
    (_, t) => yearPartDeadline(t, 'end', t.year + 1),
  ],
  [/\b(?:in|by|during|for) (20\d\d)\b(?![-/.]\d)/gi, (m, t) => yearPartDeadline(t, 'end', Number(m[1]))],
  // Fiscal years.
  [
    /\b(?:(?:by |before )?(?:the )?end of (?:the |this |their )?(?:fiscal|financial) year|(?:before |by )?(?:the )?(?:FY|fiscal year|financial year)[- ]end|this (?:fiscal|financial) year|before (?:the )?(?:FY|fiscal year) ends)\b/gi,
    (_, t, ctx) => fiscalYearDeadline(t, ctx.fiscalLastMonth, 0),
  ],
  [
    /\bnext (?:fiscal|financial) year\b|\bnext FY\b/gi,
    (_, t, ctx) => fiscalYearDeadline(t, ctx.fiscalLastMonth, 1),
  ],
  // Halves and quarters.
  [
    new RegExp(`\\b(?:(?:in|by|for|during) )?(?:the )?(H[12]|(?:first|second) half)${EN_YEAR}\\b`, 'gi'),
    (m, t) => halfDeadline(t, /1|first/i.test(m[1] ?? '') ? 1 : 2, year(m, 2, t)),
  ],
  [
    new RegExp(
      `\\b(?:(by|before|until|for|in|during) )?(?:the )?(?:(?:end of|late) )?Q([1-4])${EN_YEAR}\\b`,
      'gi',
    ),
    // "end of Q2", "late Q2" look ahead as "by Q2" does: a past quarter is next year's.
    (m, t) =>
      quarterDeadline(t, Number(m[2]), year(m, 3, t), FORWARD.test(m[1] ?? '') || /end of|late/i.test(m[0])),
  ],
  [
    new RegExp(
      `\\b(?:(by|before|until|for|in|during) )?(?:the )?(?:end of (?:the )?)?(first|second|third|fourth|1st|2nd|3rd|4th) quarter${EN_YEAR}`,
      'gi',
    ),
    (m, t) =>
      quarterDeadline(t, QUARTERS[(m[2] ?? '').toLowerCase()] ?? 0, year(m, 3, t), FORWARD.test(m[1] ?? '')),
  ],
  [
    /\b(?:this|current) quarter\b|\b(?:the )?end of (?:the |this )?quarter\b|\bquarter[- ]end\b/gi,
    (_, t) => relativeQuarter(t, 0),
  ],
  [/\bnext quarter\b/gi, (_, t) => relativeQuarter(t, 1)],
  // The year first: "next year Q2", "2027 H1".
  [
    /\b(next year|this year|20\d\d)(?:'s)? (?:Q([1-4])|H([12]))\b/gi,
    (m, t) =>
      m[2]
        ? quarterDeadline(t, Number(m[2]), namedYear(m[1], t), true)
        : halfDeadline(t, Number(m[3]), namedYear(m[1], t)),
  ],
  // Months and days.
  [
    /\b(?:by |before |until )?(?:the )?end of (?:the |this )?month\b|\b(?:later |within )?this month\b/gi,
    (_, t) => endOfMonth(t),
  ],
  [/\b(?:by |before )?(?:the )?end of next month\b|\bnext month\b/gi, (_, t) => endOfMonth(t, 1)],
  [/\b(early|mid|late)[- ]next month\b/gi, (m, t) => nextMonthPart(t, m[1])],
  [
    /\b(?:(?:by|before|until|on) )?the (\d{1,2})(?:st|nd|rd|th) of next month\b/gi,
    (m, t) => {
      const next = addMonths({ ...t, day: 1 }, 1);
      return dayDeadline(t, next.month, Number(m[1]), next.year);
    },
  ],
  // "by 6/30", "before renewal 3/31", "11/30前": month/day, read only after a deadline word (1/2 is a half).
  [
    /(?:\b(?:by|before|until|till|due|renewal|expires?|ends?)(?: on)?\s?|到期日?\s?[:：]?\s?|截止(?:日期)?\s?[:：]?\s?)(\d{1,2})\/(\d{1,2})(?![\d/])|(?<![\d/])(\d{1,2})\/(\d{1,2})\s?(?:前|之前|以前)/gi,
    (m, t) => dayDeadline(t, Number(m[1] ?? m[3]), Number(m[2] ?? m[4]), null),
  ],
  [
    new RegExp(
      `\\b(?:(?:by|before|until|no later than|on) )?(${MONTH_NAME_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (20\\d\\d))?\\b`,
      'gi',
    ),
    (m, t) => dayDeadline(t, month(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null),
  ],
  [
    new RegExp(
      `\\b(?:(?:by|before|until|no later than|on) )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_NAME_PATTERN})\\b\\.?(?:,? (20\\d\\d))?`,
      'gi',
    ),
    (m, t) => dayDeadline(t, month(m[2]), Number(m[1]), m[3] ? Number(m[3]) : null),
  ],
  [
    /\b(?:by|before|until|no later than) (\d{4})-(\d{2})-(\d{2})\b/gi,
    (m, t) => dayDeadline(t, Number(m[2]), Number(m[3]), Number(m[1])),
  ],
  [
    new RegExp(
      `\\b(?:(?:by|before|until|till|in|during|for) (?:the )?(?:(early|mid|late|end of|beginning of|middle of)[- ])?|(early|mid|late|end of|beginning of|middle of)[- ])(${MONTH_NAME_PATTERN})\\b(?! \\d)${EN_YEAR}`,
      'gi',
    ),
    (m, t) => (m[3] === 'may' ? null : monthDeadline(t, month(m[3]), year(m, 4, t), monthPart(m[1] ?? m[2]))),
  ],
  [/\b(?:by |before )?(?:the )?end of (?:this |the )?week\b|\bthis week\b/gi, (_, t) => weekDeadline(t, 0)],
  [/\bnext week\b/gi, (_, t) => weekDeadline(t, 1)],
  [
    new RegExp(
      `\\b(?:in|within)(?: the next)? (${EN_N}|a|an) (days?|weeks?|months?|years?)\\b|\\b(${EN_N}|a|an) (days?|weeks?|months?) from now\\b`,
      'gi',
    ),
    (m, t) =>
      durationDeadline(t, /^an?$/i.test(m[1] ?? m[3] ?? '') ? '1' : (m[1] ?? m[3] ?? ''), m[2] ?? m[4] ?? ''),
  ],
  [/\b(before|by) christmas\b/gi, (_, t) => holidayEve(t, 'christmas')],
  [
    /\bbefore (?:the )?(?:chinese new year|CNY|spring festival|lunar new year)\b/gi,
    (_, t) => holidayEve(t, 'spring'),
  ],
  [/\bbefore (?:the )?国庆|\bbefore (?:the )?national day\b/gi, (_, t) => holidayEve(t, 'national')],
  // Chinese.
  [
    new RegExp(`${ZH_YEAR}(?:第?([一二三四1-4])季度|[Qq]([1-4]))(?:末|底)?(前|之前|以前|内|之内)?`, 'g'),
    (m, t, ctx) =>
      quarterDeadline(
        t,
        QUARTERS[m[2] ?? ''] ?? Number(m[2] ?? m[3]),
        namedYear(m[1], t) ?? carriedYear(ctx, m.index, t),
        Boolean(m[4]),
      ),
  ],
  [/(?:本|这个|当|这)季度/g, (_, t) => relativeQuarter(t, 0)],
  [/下(?:个)?季度/g, (_, t) => relativeQuarter(t, 1)],
  [
    new RegExp(`${ZH_YEAR}([上下])半年`, 'g'),
    (m, t) => halfDeadline(t, m[2] === '上' ? 1 : 2, namedYear(m[1], t)),
  ],
  [new RegExp(`${ZH_YEAR}[Hh]([12])`, 'g'), (m, t) => halfDeadline(t, Number(m[2]), namedYear(m[1], t))],
  [
    /(?<!去年?|前年?)(今年|明年)?(?:年底|年末)(?:前|之前)?|今?年内|今年之内|(明年)底/g,
    (m, t) => yearPartDeadline(t, 'end', namedYear(m[1] ?? m[2], t) ?? t.year),
  ],
  [
    /(今年|明年)?(年初|年中)/g,
    (m, t) => yearPartDeadline(t, m[2] === '年初' ? 'early' : 'mid', namedYear(m[1], t)),
  ],
  [
    /明年(?![上下初中底]|[\d一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季|[Qq][1-4]|[Hh][12])/g,
    (_, t) => yearPartDeadline(t, 'end', t.year + 1),
  ],
  [
    /(\d{4})\s?年(?:内|底|前)?(?!\s?[\d一二三四五六七八九十]|[上下]半年|第|[Qq])/g,
    (m, t) => yearPartDeadline(t, 'end', Number(m[1])),
  ],
  [
    /(?:本|这个?|下个?)财年(?:结束|底|末)?(?:前|之前|内)?|财年(?:结束|底|末)(?:前|之前)?|财年(?:前|之前|内)/g,
    (m, t, ctx) => fiscalYearDeadline(t, ctx.fiscalLastMonth, m[0].startsWith('下') ? 1 : 0),
  ],
  [/下(?:个)?月(初|上旬|中旬|下旬)?(?:底|末|内)?(?:前|之前)?/g, (m, t) => nextMonthPart(t, m[1])],
  [
    /(?:本月|这个月|当月|这月)(?:底|末|内|之内)?(?:前|之前)?|(?<!上个?|\d|[一二三四五六七八九十])月底(?:前|之前)?/g,
    (_, t) => endOfMonth(t),
  ],
  [
    new RegExp(`${ZH_YEAR}(${ZH_N})\\s?月(${ZH_N})\\s?(?:日|号)`, 'g'),
    (m, t) => dayDeadline(t, zhNumber(m[2]), zhNumber(m[3]), namedYear(m[1], t)),
  ],
  [
    new RegExp(`(?<![月\\d])(${ZH_N})(?:号|日)(?:前|之前|以前)`, 'g'),
    (m, t) => dayOfMonthDeadline(t, zhNumber(m[1])),
  ],
  [
    new RegExp(
      `${ZH_YEAR}(${ZH_N})\\s?月(?:份)?(初|上旬|中旬|中|下旬|底|末)?(?![\\d一二三四五六七八九十])`,
      'g',
    ),
    (m, t) => monthDeadline(t, zhNumber(m[2]), namedYear(m[1], t), monthPart(m[3])),
  ],
  [
    /(?:本|这)周(?![一二三四五六日天末])|这个?(?:星期|礼拜)(?![一二三四五六日天])/g,
    (_, t) => weekDeadline(t, 0),
  ],
  [new RegExp(`下(?:个)?(?:周|星期|礼拜)${WEEKLESS}`, 'g'), (_, t) => weekDeadline(t, 1)],
  [
    new RegExp(`(${ZH_N}|半)(天|日|周|个星期|星期|个礼拜|礼拜|个月|年)(?:内|之内|以内|后|以后|之后)`, 'g'),
    (m, t) => durationDeadline(t, m[1] ?? '', m[2] ?? ''),
  ],
  [/半年(?:内|之内|以内|后)/g, (_, t) => durationDeadline(t, '6', 'month')],
  [
    /(?:春节|过年|(?<![\d一二两三四五六七八九十几多去今明后前])年)(?:前|之前|以前)/g,
    (_, t) => holidayEve(t, 'spring'),
  ],
  [/(?:五一|劳动节)(?:前|之前|以前)/g, (_, t) => holidayEve(t, 'mayday')],
  [/(?<!双)(?:国庆|十一)(?:节)?(?:前|之前|以前)|before 国庆/g, (_, t) => holidayEve(t, 'national')],
  [/双十一(?:前|之前|以前)/g, (_, t) => holidayEve(t, 'double11')],
  [/元旦(?:前|之前|以前)/g, (_, t) => holidayEve(t, 'newyear')],
];

/** "their FY ends March 31", "FY ends in June", "财年4月开始", "county FY starts Oct 1": the fiscal year's last month. */
export function fiscalLastMonth(text: string): number {
  const ends = new RegExp(
    `(?:FY|fiscal year|financial year)[^.;。\\n]{0,12}?end(?:s|ing)?(?: in| on)? (${MONTH_NAME_PATTERN})`,
    'i',
  ).exec(text);
  if (ends) return month(ends[1]);
  const starts = new RegExp(
    `(?:FY|fiscal year|financial year)[^.;。\\n]{0,12}?(?:start|begin)s?(?: in| on)? (${MONTH_NAME_PATTERN})`,
    'i',
  ).exec(text);
  if (starts) return ((month(starts[1]) + 10) % 12) + 1;
  const zh = new RegExp(`财年[^。；\\n]{0,6}?(${ZH_N})月(?:份)?(开始|结束)`).exec(text);
  if (zh) {
    const m = zhNumber(zh[1]);
    if (m >= 1 && m <= 12) return zh[2] === '开始' ? ((m + 10) % 12) + 1 : m;
  }
  return 12;
}
