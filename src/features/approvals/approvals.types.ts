import type { approvalEvents, approvalRequests, approvalSteps } from '../../db/schema/index.js';
import type { ApprovalDetails, ApprovalKind, ApproverRole, RequestStatus } from './approval-states.types.js';

export * from './approval-states.types.js';

export type ApprovalRequest = typeof approvalRequests.$inferSelect;
export type ApprovalStep = typeof approvalSteps.$inferSelect;
export type ApprovalEvent = typeof approvalEvents.$inferSelect;
export type DiscountDetails = Extract<ApprovalDetails, { kind: 'discount' }>;
export type ContractDetails = Extract<ApprovalDetails, { kind: 'contract' }>;

export interface ApprovalPolicy {
  autoApproveDiscountPercent: number;
  managerMaxDiscountPercent: number;
  managerMaxContractAmount: number;
  financeMinUpfrontPercent: number;
  financeAboveAmount: number;
  /** Working minutes a step may wait before its approver gets one reminder. */
  reminderDelayMinutes: number;
  /** Working minutes a step may wait before it escalates to the approver's manager. */
  escalationDelayMinutes: number;
  /** Currency of the amounts; null = the team's. */
  currency: string | null;
}

/** Working hours used for reminder and escalation delays, in the approver's time zone. */
export const WORKING_HOURS = { start: 9, end: 18 } as const;
export const WORKING_DAY_MINUTES = (WORKING_HOURS.end - WORKING_HOURS.start) * 60;

export const DEFAULT_POLICY: ApprovalPolicy = {
  autoApproveDiscountPercent: 5,
  managerMaxDiscountPercent: 15,
  managerMaxContractAmount: 100_000,
  financeMinUpfrontPercent: 30,
  financeAboveAmount: 500_000,
  reminderDelayMinutes: 4 * 60,
  escalationDelayMinutes: WORKING_DAY_MINUTES,
  currency: null,
};

export interface PlannedStep {
  role: ApproverRole;
  approverUserId: string;
}

/** What the policy asks of a request, before people are resolved. */
export type RequiredApproval = { kind: 'auto' } | { kind: 'roles'; roles: ApproverRole[] };

/** A role the policy needs that no one fills; `reason` names what an admin must configure. */
export interface MissingApprover {
  role: ApproverRole;
  reason: 'no_manager' | 'no_director' | 'no_finance';
}

export type Route =
  | { kind: 'auto' }
  | { kind: 'steps'; steps: PlannedStep[] }
  | { kind: 'missing'; missing: MissingApprover[] };

export type Decision = 'approve' | 'reject' | 'changes';

/** A lead's request as its card shows it: what, its status, and who it waits on. */
export interface LeadApprovalSummary {
  id: number;
  kind: ApprovalKind;
  status: RequestStatus;
  details: ApprovalDetails;
  waitingOnUserId: string | null;
}
