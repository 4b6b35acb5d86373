/** One reported payment as finance's queue lists it, with the contract it is for. */
export interface PendingPaymentRecord {
  paymentId: number;
  contractId: number;
  contractNumber: string;
  customerName: string;
  ownerUserId: string;
  amountMinor: number;
  currency: string;
  receivedOn: string;
  reportedByUserId: string;
  reportedAt: Date;
}

/** Reported payments waiting in one currency: how many, and their sum in minor units. */
export interface PendingPaymentsTotal {
  currency: string;
  count: number;
  amountMinor: number;
}

/** A row of `/payment pending`: the record and how many days it has waited for finance (reader's calendar). */
export interface PendingPayment extends PendingPaymentRecord {
  daysWaiting: number;
}

export interface PendingPayments {
  /** The oldest ones, in the order finance should decide them. */
  first: PendingPayment[];
  /** Every reported payment waiting, not only `first`. */
  total: number;
  totals: PendingPaymentsTotal[];
}
