/**
 * The deal desk's kinds and states. The drizzle schema types its columns with these; nothing here imports the
 * schema, so both sides can use them without a cycle.
 */
export const APPROVAL_KINDS = ['discount', 'contract', 'invoice', 'commission_sheet', 'quote'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'changes_requested',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Discount: percent off or a target price against the list price; contract: the "contract application";
 * invoice: an invoice against a ledger contract (amounts in minor units); commission sheet: a month's commission,
 * about no single lead (the request's lead is null); quote: one version of a quote's discounts, measured against
 * the price list (src/features/quotes/quote-approval.ts fills it).
 */
export type ApprovalDetails =
  | {
      kind: 'discount';
      percent: number;
      targetPrice: number | null;
      listPrice: number | null;
      justification: string;
      expiresOn: string | null;
    }
  | {
      kind: 'contract';
      amount: number;
      currency: string;
      upfrontPercent: number;
      paymentTerms: string | null;
      deliveryDate: string | null;
      specialTerms: string | null;
      draftLink: string | null;
      /** Set when the request was opened from an accepted quote: its lines become the contract's. */
      quote?: { quoteId: number; version: number; number: string } | null;
      /** The customer's credit when asked (src/features/customers/credit-gate.ts); absent when nothing to say. */
      credit?: ContractCreditFlags | null;
    }
  | {
      kind: 'invoice';
      contractId: number;
      contractNumber: string;
      amountMinor: number;
      currency: string;
      /** Set by the finance policy when the request is made: the amount needs a director after finance. */
      directorRequired: boolean;
    }
  | {
      kind: 'commission_sheet';
      month: string;
      repCount: number;
      totals: { currency: string; collectedMinor: number; commissionMinor: number }[];
    }
  | QuoteApprovalDetails;

/**
 * What the customer's credit says about a contract request, shown to every approver. Over the limit, a limit in
 * another currency, or money overdue past finance's policy add a finance step; a grade D is said to everyone.
 */
export interface ContractCreditFlags {
  grade: 'A' | 'B' | 'C' | 'D' | null;
  reason: { code: string; days: number; onTimePercent: number; overdueSharePercent: number };
  overLimit: { currency: string; outstandingMinor: number; amountMinor: number; limitMinor: number } | null;
  limitCurrency: { limitCurrency: string; currency: string } | null;
  overdue: { days: number; maxDays: number; amounts: { currency: string; overdueMinor: number }[] } | null;
}

/** Does the customer's credit add a finance step to a contract request? */
export function creditNeedsFinance(credit: ContractCreditFlags | null | undefined): boolean {
  return Boolean(credit && (credit.overLimit || credit.limitCurrency || credit.overdue));
}

/** One quote line as its approver sees it: what is sold, how far below list, and the margin over the floor. */
export interface QuoteApprovalLine {
  position: number;
  sku: string | null;
  description: string;
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  /** After the line's and the whole quote's discounts, against the list price; null with no list price. */
  effectiveDiscountBp: number | null;
  netMinor: number;
  /** Effective net − floor × quantity; null when the product has no floor. Negative: below floor. */
  floorMarginMinor: number | null;
}

export interface QuoteApprovalDetails {
  kind: 'quote';
  quoteId: number;
  number: string;
  version: number;
  currency: string;
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  wholeDiscountBp: number;
  /** The largest effective discount of any line (both discounts, against list or, for free text, its price). */
  maxDiscountPercent: number;
  /** Some line is sold below its floor price: the top approver must decide. */
  belowFloor: boolean;
  /** Margin of the whole quote over the floors of the lines that have one; null when none has. */
  floorMarginMinor: number | null;
  lineCount: number;
  /** The lines with the largest effective discounts first, at most `QUOTE_APPROVAL_LINES` of them. */
  lines: QuoteApprovalLine[];
}

/** How many lines a quote's approval carries (a Slack message holds 50 blocks; the rest are counted). */
export const QUOTE_APPROVAL_LINES = 15;

/** Kinds a rep asks for about a lead through a form, and may revise after "request changes". */
export const REVISABLE_KINDS: readonly ApprovalKind[] = ['discount', 'contract'];
/**
 * What an approver may send back with "Request changes": the request forms' kinds (revised in their form) and a
 * quote (changed in its builder: the quote goes back to draft and a new request follows its next submission).
 */
export const CHANGEABLE_KINDS: readonly ApprovalKind[] = [...REVISABLE_KINDS, 'quote'];

/** Who requested what the app itself asked for (a month's commission sheet). */
export const SYSTEM_REQUESTER = 'salesflow';

export const APPROVAL_EVENT_KINDS = [
  'requested',
  'auto_approved',
  'step_routed',
  'approved',
  'rejected',
  'changes_requested',
  'revised',
  'cancelled',
  'reminded',
  'escalated',
  'completed',
  /** A handover moved the request to the lead's new owner (`details: { from, to }`). */
  'requester_changed',
] as const;
export type ApprovalEventKind = (typeof APPROVAL_EVENT_KINDS)[number];

export const APPROVER_ROLES = ['manager', 'director', 'finance'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];
export const STEP_STATUSES = ['pending', 'approved', 'rejected', 'changes_requested', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const DECISION_VIAS = ['approver', 'delegate', 'admin_override'] as const;
export type DecisionVia = (typeof DECISION_VIAS)[number];
