/**
 * The contract ledger's (合同台帐) states and kinds. The drizzle schema types its columns with these; nothing here
 * imports the schema, so both sides can use them without a cycle.
 */

/** approved → signed → delivering → delivered → closed, or cancelled (with a reason) before any money stays. */
export const CONTRACT_STATUSES = [
  'approved',
  'signed',
  'delivering',
  'delivered',
  'closed',
  'cancelled',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
/** Statuses in which money is still collected and the contract counts as receivable. */
export const OPEN_CONTRACT_STATUSES: readonly ContractStatus[] = [
  'approved',
  'signed',
  'delivering',
  'delivered',
];

/** A rep's report waits for finance; only `confirmed` money counts. A reversal keeps the row (never deleted). */
export const PAYMENT_STATUSES = ['reported', 'confirmed', 'rejected', 'reversed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Requested (reserved against the contract) → approved by the approval engine → issued (finance's number). */
export const INVOICE_STATUSES = ['requested', 'approved', 'issued', 'rejected', 'cancelled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
/** Invoices that hold part of the contract amount (the rest may still be invoiced). */
export const LIVE_INVOICE_STATUSES: readonly InvoiceStatus[] = ['requested', 'approved', 'issued'];

export const SHEET_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

/** What must be confirmed before delivery is dispatched: any first payment, or the full upfront share. */
export const DELIVERY_RULES = ['first_payment', 'upfront'] as const;
export type DeliveryRule = (typeof DELIVERY_RULES)[number];

export const COMMISSION_ENTRY_KINDS = ['accrual', 'reversal'] as const;
export type CommissionEntryKind = (typeof COMMISSION_ENTRY_KINDS)[number];

export const LEDGER_EVENT_KINDS = [
  'contract_entered',
  'schedule_adjusted',
  'signed',
  'delivery_dispatched',
  'delivered',
  'closed',
  'reopened',
  'cancelled',
  'payment_reported',
  'payment_recorded',
  'payment_confirmed',
  'payment_rejected',
  'payment_reversed',
  'invoice_requested',
  'invoice_approved',
  'invoice_rejected',
  'invoice_cancelled',
  'invoice_issued',
  'policy_updated',
  'plan_updated',
  'sheet_created',
  'sheet_approved',
  'sheet_rejected',
  /** Finance set or cleared a customer's credit limit (`details: { customerId, beforeMinor }`). */
  'credit_limit_set',
  /** A revisit of the delivered contract was logged (`details: { revisitId, outcome }`). */
  'revisit_logged',
] as const;
export type LedgerEventKind = (typeof LEDGER_EVENT_KINDS)[number];

/** One band of a tiered commission plan: from this month's collected total (minor units) on, this rate. */
export interface CommissionTier {
  fromMinor: number;
  /** Basis points: 300 = 3 %. */
  rateBp: number;
}
