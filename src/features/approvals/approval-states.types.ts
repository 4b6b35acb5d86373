/**
 * The deal desk's kinds and states. The drizzle schema types its columns with these; nothing here imports the
 * schema, so both sides can use them without a cycle.
 */
export const APPROVAL_KINDS = ['discount', 'contract'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'changes_requested',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Discount: percent off or a target price against the list price; contract: the "contract application". */
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
    };

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
