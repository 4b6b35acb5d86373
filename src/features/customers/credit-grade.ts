/**
 * The credit grade (信用等级) of a customer from its payment history: a pure function, so the README's rules, the
 * card and the contract gate all read the same thresholds. The rules, first match wins:
 *
 * - unrated ("—"): no instalment has fallen due or been paid yet — no history is not a good history;
 * - D: money open more than {@link D_OPEN_DAYS} days past due, or under {@link D_ON_TIME_BP} of instalments paid on
 *   time, or at least {@link D_OVERDUE_SHARE_BP} of what it owes overdue with money more than
 *   {@link C_OPEN_DAYS} days late;
 * - C: money open more than {@link C_OPEN_DAYS} days past due, a past payment more than {@link C_PAST_DAYS} days
 *   late, under {@link C_ON_TIME_BP} paid on time, or at least {@link C_OVERDUE_SHARE_BP} of what it owes overdue;
 * - B: any money open past due, a past payment more than {@link B_PAST_DAYS} days late, or under
 *   {@link B_ON_TIME_BP} paid on time;
 * - A: everything else.
 *
 * "On time" is an instalment fully paid no more than {@link ON_TIME_GRACE_DAYS} days after its due date; an
 * instalment due and not yet paid counts as not on time. Shares are basis points (10000 = 100 %), rounded down.
 */
export const ON_TIME_GRACE_DAYS = 3;
export const D_OPEN_DAYS = 90;
export const D_ON_TIME_BP = 5000;
export const D_OVERDUE_SHARE_BP = 5000;
export const C_OPEN_DAYS = 30;
export const C_PAST_DAYS = 90;
export const C_ON_TIME_BP = 7500;
export const C_OVERDUE_SHARE_BP = 2500;
export const B_PAST_DAYS = 30;
export const B_ON_TIME_BP = 9500;

export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

/** What the ledger knows of a customer's paying, summed by the database in one statement. */
export interface CreditHistory {
  /** Instalments that have fallen due or been paid in full. */
  settledInstallments: number;
  /** Of those, fully paid within the grace days of their due date. */
  onTimeInstallments: number;
  /** The oldest money still open past its due date, in days (0: none). */
  worstOpenDaysOverdue: number;
  /** The latest a past payment came, in days after its due date (0: never late). */
  worstPastDaysLate: number;
  /** Per currency, never converted: what is owed now and how much of it is past due. */
  money: { currency: string; outstandingMinor: number; overdueMinor: number }[];
}

export type CreditReasonCode =
  | 'no_history'
  | 'open_overdue'
  | 'on_time_share'
  | 'overdue_share'
  | 'past_late'
  | 'clean';

export interface CreditRating {
  grade: CreditGrade | null;
  /** The rule that decided, with its numbers, for the one-line reason shown next to the grade. */
  reason: { code: CreditReasonCode; days: number; onTimePercent: number; overdueSharePercent: number };
}

const shareBp = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10000) / whole) : 0);

export function rateCredit(history: CreditHistory): CreditRating {
  const onTimeBp = shareBp(history.onTimeInstallments, history.settledInstallments);
  const overdueBp = Math.max(
    0,
    ...history.money.map((m) => shareBp(Math.max(0, m.overdueMinor), m.outstandingMinor)),
  );
  const open = history.worstOpenDaysOverdue;
  const past = history.worstPastDaysLate;
  const rated = (grade: CreditGrade | null, code: CreditReasonCode, days = 0): CreditRating => ({
    grade,
    reason: {
      code,
      days,
      onTimePercent: Math.floor(onTimeBp / 100),
      overdueSharePercent: Math.floor(overdueBp / 100),
    },
  });
  if (history.settledInstallments === 0 && open === 0) return rated(null, 'no_history');
  if (open > D_OPEN_DAYS) return rated('D', 'open_overdue', open);
  if (onTimeBp < D_ON_TIME_BP) return rated('D', 'on_time_share');
  if (overdueBp >= D_OVERDUE_SHARE_BP && open > C_OPEN_DAYS) return rated('D', 'overdue_share', open);
  if (open > C_OPEN_DAYS) return rated('C', 'open_overdue', open);
  if (past > C_PAST_DAYS) return rated('C', 'past_late', past);
  if (onTimeBp < C_ON_TIME_BP) return rated('C', 'on_time_share');
  if (overdueBp >= C_OVERDUE_SHARE_BP) return rated('C', 'overdue_share', open);
  if (open > 0) return rated('B', 'open_overdue', open);
  if (past > B_PAST_DAYS) return rated('B', 'past_late', past);
  if (onTimeBp < B_ON_TIME_BP) return rated('B', 'on_time_share');
  return rated('A', 'clean');
}
