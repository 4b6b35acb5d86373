import type {
  commissionEntries,
  contractInstallments,
  contractInvoices,
  contractPayments,
  contracts,
  ledgerEvents,
} from '../../db/schema/index.js';
import type { CommissionTier, DeliveryRule } from './ledger-states.types.js';

export * from './ledger-states.types.js';

export type Contract = typeof contracts.$inferSelect;
export type Installment = typeof contractInstallments.$inferSelect;
export type Payment = typeof contractPayments.$inferSelect;
export type Invoice = typeof contractInvoices.$inferSelect;
export type CommissionEntry = typeof commissionEntries.$inferSelect;
export type LedgerEvent = typeof ledgerEvents.$inferSelect;

export interface FinancePolicy {
  invoiceThresholdBp: number;
  invoiceDirectorAboveMinor: number | null;
  deliveryRule: DeliveryRule;
  overdueManagerDays: number;
  wonRequiresContract: boolean;
  contractPrefix: string;
  /** A contract request of a customer with money overdue more than this many days gets a finance step. */
  creditOverdueDays: number;
  /** Interest on overdue money shown in the aging (计息), basis points a year; null = off (overdue-interest.ts). */
  overdueInterestBp: number | null;
  /** A rep's commission on a contract is held back while its money is overdue more than this many days; null = off. */
  commissionHoldDays: number | null;
  /** Currency of `invoiceDirectorAboveMinor`; null = the team's. */
  currency: string | null;
  /** 0 until an admin first saves the policy. */
  version: number;
}

export const DEFAULT_FINANCE_POLICY: FinancePolicy = {
  invoiceThresholdBp: 6000,
  invoiceDirectorAboveMinor: null,
  deliveryRule: 'first_payment',
  overdueManagerDays: 7,
  wonRequiresContract: false,
  contractPrefix: 'HT',
  creditOverdueDays: 30,
  overdueInterestBp: null,
  commissionHoldDays: null,
  currency: null,
  version: 0,
};

export interface CommissionPlan {
  baseRateBp: number;
  tiers: CommissionTier[];
  lateCutoffDays: number | null;
  currency: string | null;
  version: number;
}

/** No plan saved: nothing accrues until an admin sets a rate. */
export const DEFAULT_COMMISSION_PLAN: CommissionPlan = {
  baseRateBp: 0,
  tiers: [],
  lateCutoffDays: null,
  currency: null,
  version: 0,
};

/** What a one-line view of a contract needs (the lead card reads only these). */
export type ContractFacts = Pick<
  Contract,
  | 'id'
  | 'number'
  | 'customerName'
  | 'ownerUserId'
  | 'amountMinor'
  | 'currency'
  | 'collectedMinor'
  | 'invoicedMinor'
  | 'status'
  | 'version'
>;

/** A contract as lists and cards show it: the row plus what is still owed and when. */
export interface ContractSummary<C extends ContractFacts = Contract> {
  contract: C;
  outstandingMinor: number;
  /** Confirmed collected share, one decimal, rounded down. */
  collectedPercent: number;
  /** Open installments past due on the reader's today. */
  overdueMinor: number;
  /** The oldest unpaid due date past today, if any. */
  oldestOverdueOn: string | null;
  /** Payments reported by the rep and not yet confirmed or rejected by finance. */
  reportedMinor: number;
}

/** Totals of a list of contracts, one line per currency: sums in SQL, never across currencies. */
export interface LedgerTotals {
  currency: string;
  count: number;
  amountMinor: number;
  collectedMinor: number;
  outstandingMinor: number;
  invoicedMinor: number;
  overdueMinor: number;
}

/** Who may see which contracts: everyone's (finance, admins) or the contracts of these reps. */
export type LedgerScope = 'all' | string[];

/** How `/contract ledger`, `/payment`, `/invoice` and `/deliver` name a contract. */
export type ContractRef =
  | { kind: 'number'; number: string }
  | { kind: 'lead'; leadId: number }
  | { kind: 'text'; text: string }
  | { kind: 'id'; contractId: number };

export type LedgerFilter =
  | { kind: 'mine' }
  | { kind: 'team' }
  | { kind: 'overdue' }
  | { kind: 'ref'; ref: ContractRef };

/** Receivables aging (应收账龄): overdue amounts by how long they are past due, per currency. */
export interface AgingBuckets {
  currency: string;
  days0to30: number;
  days31to60: number;
  days61to90: number;
  over90: number;
}

/** `/contract aging rep|customer`: one row per rep (user id) or per customer (the contract's customer name). */
export type AgingGrouping = 'rep' | 'customer';

/** The aging of one rep or customer (`key`; null = the currency's total) in one currency, in minor units. */
export interface AgingSums extends AgingBuckets {
  key: string | null;
  totalMinor: number;
  /** Interest on the overdue money under the policy's rate; 0 when the policy is off. */
  interestMinor: number;
  /** Contracts with money overdue. */
  contracts: number;
}

export interface OverdueLine {
  contractId: number;
  contractNumber: string;
  leadId: number;
  customerName: string;
  ownerUserId: string;
  currency: string;
  installmentSeq: number;
  dueOn: string;
  daysOverdue: number;
  overdueMinor: number;
}

/** A rep's month in one currency: collected (net), the part that earns commission, the commission. */
export interface StatementTotal {
  repUserId: string;
  currency: string;
  collectedMinor: number;
  basisMinor: number;
  commissionMinor: number;
}

export interface StatementLine {
  entryId: number;
  kind: 'accrual' | 'reversal';
  contractNumber: string;
  customerName: string;
  receivedOn: string;
  currency: string;
  collectedMinor: number;
  basisMinor: number;
  commissionMinor: number;
  occurredAt: Date;
}

/** One row of the month-end reconciliation (对账): per rep and currency; `repUserId` null = the currency's total. */
export interface ReconciliationRow {
  repUserId: string | null;
  currency: string;
  signedCount: number;
  signedMinor: number;
  collectedMinor: number;
  outstandingMinor: number;
  invoicedMinor: number;
  commissionMinor: number;
}

/** A month as the reports read it: its key, its local dates and the instants they start at. */
export interface MonthWindow {
  month: string;
  fromDate: string;
  toDate: string;
  from: Date;
  to: Date;
}
