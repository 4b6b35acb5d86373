import type { Locale } from '../../i18n/index.js';
import { type CalendarDate, parseIsoDate, requireIsoDate } from '../../lib/parse/calendar.js';
import { findTimeline } from '../../lib/parse/dates.js';
import type { Intent } from '../leads/leads.types.js';
import { type Question, questionText } from './question-bank.js';

/** Current answers by question key; a blank answer counts as unanswered. */
export type AnswerMap = Readonly<Record<string, string | undefined>>;

const isAnswered = (answers: AnswerMap, key: string) => Boolean(answers[key]?.trim());

/** Weighted share of answered questions, 0–100: budget, decision maker, need and timeline weigh most. */
export function completeness(questions: readonly Question[], answers: AnswerMap): number {
  const total = questions.reduce((sum, q) => sum + q.weight, 0);
  if (total === 0) return 0;
  const done = questions.reduce((sum, q) => sum + (isAnswered(answers, q.key) ? q.weight : 0), 0);
  return Math.round((100 * done) / total);
}

export function openQuestions(questions: readonly Question[], answers: AnswerMap): Question[] {
  return questions.filter((q) => !isAnswered(answers, q.key));
}

/** Up to `count` unanswered questions in asking order, worded in `locale`. */
export function nextQuestions(
  questions: readonly Question[],
  answers: AnswerMap,
  locale: Locale,
  count = 3,
): { key: string; text: string }[] {
  return openQuestions(questions, answers)
    .slice(0, count)
    .map((q) => ({ key: q.key, text: questionText(q, locale) }));
}

/**
 * The date a timeline answer names, if any: an ISO date written in it (`by 2026-06-30 (end of Q2)`, what the
 * fallback extractor writes) or a phrase the timeline parser understands ("next month", "两周内").
 */
export function timelineDate(answer: string | undefined, today: string): string | null {
  if (!answer?.trim()) return null;
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(answer)?.[1];
  if (iso && parseIsoDate(iso)) return iso;
  return findTimeline(answer, today)[0]?.by ?? null;
}

export interface IntentSuggestion {
  intent: Intent;
  /** Which facts led there, for the modal and the card to explain the suggestion. */
  facts: { budget: boolean; decisionMaker: boolean; need: boolean; timelineDays: number | null };
}

export const HIGH_INTENT_WITHIN_DAYS = 30;
export const MEDIUM_INTENT_WITHIN_DAYS = 90;

/**
 * The intent rule, as a manager would apply it:
 * - high: the budget is known, the decision maker is identified, and they want to buy within 30 days;
 * - medium: at least two of: budget known, decision maker identified, need/problem known, buying within 90 days;
 * - low: anything less (including a purchase further out than 90 days with little else known).
 * It is only a suggestion: the lead's intent changes when the rep confirms it.
 */
export function suggestIntent(answers: AnswerMap, today: string): IntentSuggestion {
  const budget = isAnswered(answers, 'budget');
  const decisionMaker = isAnswered(answers, 'decision_maker');
  const need = isAnswered(answers, 'problem');
  const by = timelineDate(answers.timeline, today);
  const timelineDays = by ? daysBetween(today, by) : null;
  const within = (days: number) => timelineDays !== null && timelineDays >= 0 && timelineDays <= days;
  const facts = { budget, decisionMaker, need, timelineDays };
  if (budget && decisionMaker && within(HIGH_INTENT_WITHIN_DAYS)) return { intent: 'high', facts };
  const signals = [budget, decisionMaker, need, within(MEDIUM_INTENT_WITHIN_DAYS)].filter(Boolean).length;
  return { intent: signals >= 2 ? 'medium' : 'low', facts };
}

/** Whole days from `from` to `to` (negative when `to` has passed); UTC, so no time zone can shift it. */
function daysBetween(from: string, to: string): number {
  const utc = ({ year, month, day }: CalendarDate) => Date.UTC(year, month - 1, day);
  return Math.round((utc(requireIsoDate(to)) - utc(requireIsoDate(from))) / 86_400_000);
}
