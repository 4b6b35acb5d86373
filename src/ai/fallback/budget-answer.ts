import type { Locale } from '../../i18n/index.js';
import {
  type CurrencyCode,
  findMoney,
  formatMoney,
  type MoneyMatch,
  parseMoney,
} from '../../lib/parse/money.js';
import type { ProposedAnswer } from '../needs.types.js';
import { quoteAround } from './quote.js';

/**
 * The customer's budget for this purchase. Amounts are candidates when the words around them make them a
 * budget ("预算", "budget", "set aside", "can do", "心理价位", "月供", "as the cap") or the share of a larger
 * budget meant for this purchase ("其中…两百八十万", "软件这块一百万", "150万 of it"). Prices, quotes, past
 * spending, approval thresholds ("anything over 10k") and unit prices ("$30 per seat") are never budgets.
 * The latest candidate wins (a revision or a share comes after the total); a total followed only by a vague
 * share ("most of it goes to this") is not this purchase's budget, so nothing is proposed. Spoken fillers
 * ("can only do, like, 95 thousand") are read through, and an approval limit ("under $100k the director can
 * approve") or a past project's budget ("their last budget was $900k") is not this purchase's.
 */

const BUDGET_BEFORE =
  /(?:预算|经费|资金|拨款|财政支持|配套|总共|一共|合计|心[理里]价位?|能接受|承受|月供|月租|年租金?|年费|租金|budget(?:ed)?|set aside|earmarked|allocated|can (?:only )?(?:do|spend|afford|pay)|(?:are|'re|is) good for|willing to (?:pay|spend)|up to|max(?:imum)?|cap(?: is| of)?|ceiling|working number|have|got|put in for|requested|applied for|最多|最高|不超过|控制在|申请了?|批了|投入|拿出|预计|预估|(?:打算|准备|计划|愿意)花|funding|funds|capex|opex|(?:looking|plan(?:ning)?|want|prepared) to spend|spend|no more than|less than|under|below|target price|目标价)[^，,。；;！!？?\n]{0,24}$/i;
/** The words that name a budget outright outrank "最多", "up to", "have": a ceiling said in passing. */
const STRONG_BEFORE =
  /(?:预算|budget(?:ed)?|set aside|earmarked|allocated|心[理里]价位?|月供|月租|年租金?|年费|working number)[^，,。；;！!？?\n]{0,24}$|(?:预算|budget)[^，,。；;！!？?\n]{0,40}?(?:\bis|\bof|\bat|是|为)\s*$/i;
/** "原来说 50 万, 今天改口说最多 40 万": a revised figure replaces the earlier one whatever words it uses. */
const REVISED_BEFORE =
  /(?:改口|改成|调整|调成|降到|砍到|现在|后来又?说|又说|now|revised|cut (?:it )?to|down to|changed|make it)[^，,。；;！!？?\n]{0,20}$|(?:\bfrom|从)\s?[^\s，,。；;]{1,12}\s?(?:to|到|调成|改成|降到|提到)\s?$/i;
const BUDGET_AFTER =
  /^(?:\s?(?:USD|RMB|CNY|EUR|GBP|[A-Z]{3}))?[^，,。；;\n]{0,8}?(?:的?预算|以内|之内|封顶|上限|budget|set aside|available|to spend|max(?:imum)?\b|tops\b|at most|as (?:the|their|a) (?:cap|ceiling|budget|limit)|for (?:the|this) (?:whole|full|entire|project|system|purchase|rollout|line))/i;
/** "其中信息化部分两百八十万", "软件这块大概一百万", "150万 of it for this system": this purchase's share. */
const SHARE_BEFORE =
  /(?:其中|这块|这部分|这一块|部分|用于|for this (?:system|project|purchase|part))[^，,。；;\n]{0,10}$/i;
const SHARE_AFTER =
  /^[^，,。；;\n]{0,6}?(?:of (?:it|that|which)|for (?:this|our) (?:system|project|purchase|part))/i;
/** A total whose share for this purchase is left vague: no budget can be named. */
const VAGUE_SHARE = /most of it|part of it|some of it|一部分(?![^。；;\n]*\d)|大部分|no exact number/i;
/** Words that make an amount a price, a quote, past spending or a company figure rather than a budget. */
const NOT_BUDGET =
  /报价|报了|价格|售价|单价|卖|优惠|折扣|便宜|贵|花了|花掉|买了|付了|去年|营收|销售额|收入|注册资本|融资|估值|工资|要价|业主|别家|其他家|另一家|竞品|竞争对手|友商|competitor'?s?|quot\w*|pric(?:e|ed|ing)|charges?|costs?|offer(?:ed|s)?|discount|cheaper|paid|spent|bought|revenue|turnover|raised|valuation|salary|asking|listed|last year|上次|上一[个次期]|之前的|以前的|往年|前年|\b(?:last|previous|prior|old|former)\s(?:[\w-]+\s){0,2}?(?:budget|project|purchase|order|contract|deal|rfp|tender|system)s?\b/i;
/** "anything over 10k", "50万以上的采购": an approval threshold, not a budget. */
const THRESHOLD_BEFORE =
  /(?:over|above|more than|exceeding|(?:approve|sign(?: off)?|authori[sz]e)\w* (?:anything |purchases |deals )?(?:up to|below|under)|审批权限|(?<!不)超过|(?<!不)大于)\s*$/i;
const THRESHOLD_AFTER = /^\s?(?:以上|以下|or more|and above)/i;
/** "Under $100k the director can approve", "up to 50k the manager signs": an approval limit. */
const LIMIT_BEFORE = /(?:^|\s)(?:under|below|up to|over|above|within)\s*$/i;
const APPROVES_AFTER =
  /^[^,.;，。；\n]{0,40}?\b(?:can|may|must|to)\s(?:approve|sign)|^[^,.;，。；\n]{0,40}?(?:可以|能)(?:审批|批|签)/i;
/** A price per unit ("per seat", "/台", "一台一年", "per site"): not a budget without a total. */
const PER_UNIT =
  /(?:per|a|each|\/)\s?(?:seat|user|student|head|person|unit|site|store|car|machine|device|licen[cs]e|sq|square|account|room|bed)|\/\s?(?:台|辆|个|人|套|间|账号|坐席)|每(?:台|辆|个|人|套|间)/i;
const PER_UNIT_AFTER = /^\s?(?:一|每)(?:台|辆|个|人|套|间|账号|坐席|位)/;
/** "每年 IT 预算 300 万", "三百万 IT budget": a department's whole budget, not this purchase's. */
const DEPARTMENT_BEFORE =
  /(?:\bIT|部门|全年|年度|信息化|department(?:al)?|annual|overall|capex)总?\s?(?:预算|budget)[^，,。；;\n]{0,8}$/i;
const DEPARTMENT_AFTER =
  /^\s?(?:的)?(?:\bIT|部门|全年|年度|department(?:al)?|annual|capex)\s?(?:预算|budget)/i;
const PER_UNIT_BEFORE =
  /(?:一|每)(?:台|辆|个|人|套|间|账号|坐席)[^，,。；;\n]{0,4}$|per (?:seat|user|student|unit)\s*$/i;
const PERIOD_AFTER: Array<[RegExp, Period]> = [
  [/^\s?(?:\/\s?(?:mo|month)|per month|a month|each month|monthly|\/月|每月)/i, 'month'],
  [/^\s?(?:\/\s?(?:yr|year)|per (?:year|annum)|a year|each year|annually|yearly|\/年|每年)/i, 'year'],
  [/^\s?(?:\/\s?quarter|per quarter|a quarter|quarterly|\/季度?|每季度?)/i, 'quarter'],
];
const PERIOD_BEFORE: Array<[RegExp, Period]> = [
  [/(?:月供|月租|每月|一个月|monthly|per month|a month)[^，,。；;\n]{0,8}$/i, 'month'],
  [/(?:年费|年租金?|每年|一年|annual(?:ly)?|per year|a year)[^，,。；;\n]{0,8}$/i, 'year'],
];
type Period = 'month' | 'quarter' | 'year';
const PERIOD_LABELS: Record<Locale, Record<Period, string>> = {
  en: { month: 'per month', quarter: 'per quarter', year: 'per year' },
  'zh-CN': { month: '每月', quarter: '每季度', year: '每年' },
};
const BETWEEN =
  /\bbetween\s+(\S+(?:\s?(?:k|m|mil|million))?)\s+and\s+(\S+(?:\s?(?:k|m|mil|million))?(?:\s?[A-Z]{3})?)/gi;
const BARE_NUMBER =
  /(?<![\w.,$¥￥€£-])(?:\d{1,3}(?:,\d{3})+|\d{4,9})(?![\d.,%]|\s?(?:[kKmMwW万千亿]|mil|million|元|块|美元|年|月|号|日|台|辆|个|人|people|users?|seats?|units?|sq))/g;
/** "预算2000以内", "budget 2000 max": a number that looks like a year is money when a ceiling word follows it. */
const CEILING_AFTER =
  /^\s?(?:以内|之内|以下|封顶|上限|块|元|max\b|tops\b|at most\b|\/\s?(?:月|年|mo|month|yr|year)|per (?:month|year)|a (?:month|year))/i;
/** "I can pay 300 a month": a small plain number is money only as a recurring payment. */
const PERIOD_NUMBER =
  /(?<![\w.,$¥￥€£-])\d{2,3}(?=\s?(?:a|per|\/|each)\s?(?:month|mo|year|yr)\b|\s?(?:\/\s?月|每月))/gi;
const YEN = /\byen\b|\bJPY\b|円|日元/i;

interface Candidate {
  money: MoneyMatch;
  period: Period | null;
  /** 3: this purchase's share or a revision; 2: named a budget outright; 1: a ceiling or sum said in passing. */
  strength: number;
}

export function findBudget(notes: string, locale: Locale): ProposedAnswer | null {
  const amounts = [
    ...betweenRanges(notes),
    ...findMoney(notes, { allowAmbiguous: true }),
    ...bareNumbers(notes),
  ]
    .sort((a, b) => a.index - b.index)
    .filter((m, i, all) => !all.some((o, j) => j < i && o.index + o.raw.length > m.index));
  const usable: Candidate[] = [];
  const budgets: Candidate[] = [];
  for (const money of amounts) {
    const before = clauseBefore(notes, money.index);
    const after = notes.slice(money.index + money.raw.length, money.index + money.raw.length + 40);
    const clause = before + money.raw + after.split(/[，,。；;！!？?\n]|\.(?=\s|$)/)[0];
    if (NOT_BUDGET.test(clause) || THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after)) continue;
    const end = money.index + money.raw.length;
    if (LIMIT_BEFORE.test(before) && APPROVES_AFTER.test(notes.slice(end, end + 60))) continue;
    if (PER_UNIT.test(money.per ?? '') || PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(after))
      continue;
    if (perUnitAfterPeriod(after) || DEPARTMENT_BEFORE.test(before) || DEPARTMENT_AFTER.test(after)) continue;
    const period = periodOf(before, after);
    const share = SHARE_BEFORE.test(before) || SHARE_AFTER.test(after) || REVISED_BEFORE.test(before);
    const strong = STRONG_BEFORE.test(before) || BUDGET_AFTER.test(after);
    const strength = share ? 3 : strong ? 2 : BUDGET_BEFORE.test(before) ? 1 : 0;
    const candidate = { money, period, strength };
    if (strength > 0) budgets.push(candidate);
    else if (!money.ambiguous) usable.push(candidate);
  }
  const top = Math.max(0, ...budgets.map((c) => c.strength));
  const last =
    budgets.filter((c) => c.strength === top).pop() ??
    (usable.length === 1 && amounts.length === 1 ? usable[0] : undefined);
  if (!last) return null;
  if (VAGUE_SHARE.test(notes.slice(last.money.index + last.money.raw.length))) return null;
  return budgetAnswer(notes, last, locale);
}

/** "between 600k and 750k USD", "between 90 and 120k": a range written with words. */
function betweenRanges(notes: string): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  for (const m of notes.matchAll(BETWEEN)) {
    const high = parseMoney(m[2] ?? '');
    const lowText =
      /\d$/.test(m[1] ?? '') && high ? `${m[1]}${/k$/i.test(m[2] ?? '') ? 'k' : ''}` : (m[1] ?? '');
    const low = parseMoney(lowText) ?? parseMoney(`${lowText}k`);
    if (!high || !low || low.amount >= high.amount) continue;
    found.push({
      amount: high.amount,
      currency: high.currency ?? low.currency,
      min: low.amount,
      max: high.amount,
      raw: m[0],
      index: m.index ?? 0,
      ...(high.per ? { per: high.per } : {}),
    });
  }
  return found;
}

/** "月供不超过5000", "budget 250000": a plain number, a budget only when budget words stand right before it. */
function bareNumbers(notes: string): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  for (const m of [...notes.matchAll(BARE_NUMBER), ...notes.matchAll(PERIOD_NUMBER)]) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const year = /^(?:19|20)\d\d$/.test(m[0]) && !CEILING_AFTER.test(notes.slice(end, end + 12));
    if (year || !BUDGET_BEFORE.test(clauseBefore(notes, index))) continue;
    found.push({
      amount: Number(m[0].replaceAll(',', '')),
      currency: null,
      raw: m[0],
      index,
      ambiguous: true,
    });
  }
  return found;
}

/** Spoken fillers between commas ("can only do, like, 95 thousand", "能给到，呃，三十五万") say nothing. */
const FILLERS = /[,，]\s*(?:like|uh+|um+|er|you know)\s*[,，]\s*|[，,]?\s*(?:嗯+|呃+|那个|就是说?)\s*[，,]/gi;

function clauseBefore(notes: string, index: number): string {
  const text = notes.slice(Math.max(0, index - 48), index).replace(FILLERS, ' ');
  const cut = Math.max(
    ...['。', '；', ';', '!', '！', '?', '？', '\n', '. ', '，', ', '].map((s) => text.lastIndexOf(s)),
  );
  return cut >= 0 ? text.slice(cut + 1) : text;
}

function periodOf(before: string, after: string): Period | null {
  for (const [pattern, period] of PERIOD_AFTER) if (pattern.test(after)) return period;
  for (const [pattern, period] of PERIOD_BEFORE) if (pattern.test(before)) return period;
  return null;
}

/** "A$120k per year per site": a yearly price per site is still a unit price. */
function perUnitAfterPeriod(after: string): boolean {
  const rest = after.replace(PERIOD_AFTER.find(([p]) => p.test(after))?.[0] ?? /^$/, '');
  return /^\s?(?:per|\/|each|a)\s?(?:seat|user|student|site|store|unit|car|sq|square|account|person|head)/i.test(
    rest,
  );
}

function budgetAnswer(notes: string, { money, period }: Candidate, locale: Locale): ProposedAnswer {
  const currency = currencyOf(notes, money, locale);
  const amount =
    money.min !== undefined && money.max !== undefined
      ? `${formatMoney(money.min, currency, locale)}–${formatMoney(money.max, currency, locale)}`
      : formatMoney(money.amount, currency, locale);
  return {
    questionKey: 'budget',
    answer: period ? `${amount} ${PERIOD_LABELS[locale][period]}` : amount,
    quote: quoteAround(notes, money.index, money.raw.length),
  };
}

/** ¥ is yuan unless the note says yen; 万/w and Chinese numerals are yuan; a bare `250k` keeps no currency. */
function currencyOf(notes: string, money: MoneyMatch, locale: Locale): CurrencyCode | null {
  if (money.currency === 'CNY' && /^[¥￥]/.test(money.raw) && YEN.test(notes)) return 'JPY';
  if (money.currency) return money.currency;
  if (/[\u4e00-\u9fa5]|\d\s?w$/i.test(money.raw)) return 'CNY';
  return locale === 'zh-CN' ? 'CNY' : null;
}
