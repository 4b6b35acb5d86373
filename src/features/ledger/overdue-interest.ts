/**
 * Interest on overdue money (计息), an optional finance policy, off (null) by default. The rate is stored as basis
 * points A YEAR (`finance_policies.overdue_interest_bp`: 500 = 5 % a year) and accrues per calendar day on a
 * 365-day year:
 *
 *   interest = overdue minor units × rate (bp) × days overdue ÷ (10,000 × 365)
 *
 * computed per installment on what is still unpaid of it, rounded HALF UP to the minor unit (0.5 of a cent or
 * a fen becomes 1), then summed. It is shown in the aging only, never added to a contract's amount.
 * `overdue.repository.ts` computes the same in SQL (`numeric`, exact) so that sums stay database aggregates; this is
 * the rule written down once, for the form, the tests and anyone checking a figure by hand.
 */
export const INTEREST_DAYS_PER_YEAR = 365;
export const INTEREST_DIVISOR = 10_000 * INTEREST_DAYS_PER_YEAR;

/** One installment's interest in minor units: 0 when the policy is off, nothing is owed or nothing is late. */
export function overdueInterestMinor(input: {
  overdueMinor: number;
  annualBp: number | null;
  daysOverdue: number;
}): number {
  const { overdueMinor, annualBp, daysOverdue } = input;
  if (annualBp === null || annualBp <= 0 || overdueMinor <= 0 || daysOverdue <= 0) return 0;
  // BigInt: minor units × basis points × days passes 2^53 for large books long overdue.
  const numerator = BigInt(overdueMinor) * BigInt(annualBp) * BigInt(daysOverdue);
  const divisor = BigInt(INTEREST_DIVISOR);
  return Number((numerator * 2n + divisor) / (divisor * 2n));
}

/** The policy's rate as the form shows it: `5` for 500 bp, `18.25` for 1825 bp; null when off. */
export function interestPercentText(annualBp: number | null): string | null {
  return annualBp === null ? null : String(annualBp / 100);
}
