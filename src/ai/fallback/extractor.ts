import type { Locale } from '../../i18n/index.js';
import { findQuantities } from '../../lib/parse/dates.js';
import { type CurrencyCode, findMoney, formatMoney, type MoneyMatch } from '../../lib/parse/money.js';
import type { ExtractInput, ProposedAnswer } from '../needs.types.js';
import { findPaymentMethod, findProblem } from './deal-rules.js';
import { findDecisionMaker } from './decider.js';
import { findCompetitors } from './people-rules.js';
import { quoteAround, sentenceText } from './quote.js';
import { findTimelineAnswer } from './timeline-answer.js';

/**
 * The deterministic needs-analysis extractor used when no AI is configured or the AI call fails. It only
 * proposes what the notes say plainly: a wrong proposal costs the rep more than a missing one.
 */
export function extractNeeds(input: ExtractInput): { answers: ProposedAnswer[] } {
  const notes = input.notes.slice(0, 20_000);
  const answers = [
    findProblem(notes),
    findUsage(notes, input.locale),
    findBudget(notes, input.locale),
    findPaymentMethod(notes, input.locale),
    findDecisionMaker(notes),
    findTimelineAnswer(notes, input.today),
    findCompetitors(notes, input.competitors),
  ];
  return { answers: answers.filter((a): a is ProposedAnswer => a !== null) };
}

const BUDGET_BEFORE =
  /(?:预算|budget|花(?!了)|spend|投入|拿出|can afford|willing to pay|up to|最多|控制在)[^，,。；;\n]{0,24}$/i;
const BUDGET_AFTER = /^[^，,。；;\n]{0,6}(?:的?预算|budget|以内|之内)/i;
/** Words that make an amount someone's price, a past purchase or a company figure rather than a budget. */
const NOT_BUDGET =
  /报价|价格|售价|单价|卖|优惠|折扣|便宜|贵|花了|买了|付了|去年|营收|销售额|收入|注册资本|融资|估值|工资|quoted?|quotes|pric(?:e|ed|ing)|charges?|costs?|offer(?:ed|s)?|discount|cheaper|paid|spent|bought|revenue|turnover|raised|valuation|salary|last year/i;
const BARE_BUDGET =
  /(?:预算|budget)(?:\s*(?:is|of|:|：|around|about|approx\.?|roughly|约|大概|大约|是|在|为|有|~))*\s*((?!19\d\d\b|20\d\d\b)\d{1,3}(?:,\d{3})+|\d{4,9})(?![\d.,%])/i;

function findBudget(notes: string, locale: Locale): ProposedAnswer | null {
  const amounts = findMoney(notes);
  const nearBudget = amounts.find((m) => isNearBudgetWord(notes, m));
  if (nearBudget) return budgetAnswer(notes, nearBudget, locale);
  const bare = BARE_BUDGET.exec(notes);
  if (bare?.[1]) {
    const amount = Number(bare[1].replaceAll(',', ''));
    const index = bare.index + bare[0].lastIndexOf(bare[1]);
    return budgetAnswer(notes, { amount, currency: null, raw: bare[1], index }, locale);
  }
  const plain = amounts.filter((m) => !m.per);
  const only = plain.length === 1 && amounts.length === 1 ? plain[0] : undefined;
  if (only && !NOT_BUDGET.test(sentenceText(notes, only.index, only.raw.length))) {
    return budgetAnswer(notes, only, locale);
  }
  return null;
}

function isNearBudgetWord(notes: string, money: MoneyMatch): boolean {
  const before = notes.slice(Math.max(0, money.index - 32), money.index);
  const after = notes.slice(money.index + money.raw.length, money.index + money.raw.length + 10);
  if (!BUDGET_BEFORE.test(before) && !BUDGET_AFTER.test(after)) return false;
  // "budget… but Zoho quoted $40k": a price word between the budget word and the amount wins.
  const between = before.slice(Math.max(0, before.search(BUDGET_BEFORE)));
  return !NOT_BUDGET.test(between.replace(/预算|budget/gi, ''));
}

function budgetAnswer(notes: string, money: MoneyMatch, locale: Locale): ProposedAnswer {
  const currency = money.currency ?? defaultCurrency(money.raw, locale);
  const amount =
    money.min !== undefined && money.max !== undefined
      ? `${formatMoney(money.min, currency, locale)}–${formatMoney(money.max, currency, locale)}`
      : formatMoney(money.amount, currency, locale);
  return {
    questionKey: 'budget',
    answer: money.per ? `${amount} ${money.per}` : amount,
    quote: quoteAround(notes, money.index, money.raw.length),
  };
}

/** `50万`, `50w` and Chinese numerals are how amounts in yuan are written; a bare `250k` stays unlabeled. */
export function defaultCurrency(raw: string, locale: Locale): CurrencyCode | null {
  if (/[\u4e00-\u9fa5]|\d\s?w$/i.test(raw)) return 'CNY';
  return locale === 'zh-CN' ? 'CNY' : null;
}

/** People on the call are not users of the product. */
const NOT_USAGE = /on the call|attended|joined|参加|参会|开会|会上|来了|见了/i;

function findUsage(notes: string, locale: Locale): ProposedAnswer | null {
  const quantities = findQuantities(notes).filter(
    (q) => !NOT_USAGE.test(sentenceText(notes, q.index, q.raw.length)),
  );
  const first = quantities[0];
  if (!first) return null;
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const answer = quantities
    .map((q) => (/^[a-z]/i.test(q.unit) ? `${q.value} ${q.unit}` : `${q.value}${q.unit}`))
    .join(separator);
  return { questionKey: 'usage', answer, quote: quoteAround(notes, first.index, first.raw.length) };
}
