/** A customer's credit limit (信用额度): minor units of its currency, or none set. */
export interface CreditLimit {
  limitMinor: number | null;
  currency: string | null;
  /** The customer's version: a limit form carries it and the save is conditional on it. */
  version: number;
}

/** Finance's credit policy (finance settings). */
export interface CreditPolicy {
  /** A contract request of a customer with money overdue more than this many days gets a finance step. */
  overdueDays: number;
  /** Interest on overdue money (计息), basis points a year; null = off. */
  interestBp: number | null;
  /** Commission held back while a contract's money is overdue more than this many days (抵扣提成); null = off. */
  holdDays: number | null;
}

export const DEFAULT_CREDIT_POLICY: CreditPolicy = { overdueDays: 30, interestBp: null, holdDays: null };
