import { AppError } from '../../lib/errors.js';
import type { RequestStatus } from './approval-states.types.js';
import type { MissingApprover } from './approvals.types.js';

export class ApprovalNotFoundError extends AppError {
  constructor(requestId: number) {
    super('approval_not_found', `approval request ${requestId} not found`, {
      messageKey: 'approvals.error.notFound',
      params: { id: requestId },
    });
    this.name = 'ApprovalNotFoundError';
  }
}

/** Someone who is neither the step's approver, their delegate nor an admin clicked a decision button. */
export class NotApproverError extends AppError {
  constructor(approverUserId: string) {
    super('approval_not_approver', 'only the current approver or their delegate may decide', {
      messageKey: 'approvals.error.notApprover',
      params: { approver: { userId: approverUserId } },
    });
    this.name = 'NotApproverError';
  }
}

export class SelfApprovalError extends AppError {
  constructor() {
    super('approval_self', 'a requester may not decide their own request', {
      messageKey: 'approvals.error.selfApproval',
    });
    this.name = 'SelfApprovalError';
  }
}

/** A late click: the step was already decided (by someone, at some time). */
export class AlreadyDecidedError extends AppError {
  constructor(decidedBy: string, decidedAt: Date) {
    super('approval_already_decided', 'the step was already decided', {
      messageKey: 'approvals.error.alreadyDecided',
      params: { user: { userId: decidedBy }, when: { at: decidedAt } },
    });
    this.name = 'AlreadyDecidedError';
  }
}

/** The request is no longer where the click expects it; the message, one per status, says what is left to do. */
export class RequestClosedError extends AppError {
  constructor(readonly status: RequestStatus) {
    super('approval_closed', `the request is ${status}`, { messageKey: `approvals.error.closed.${status}` });
    this.name = 'RequestClosedError';
  }
}

export class NotRequesterError extends AppError {
  constructor(requesterUserId: string) {
    super('approval_not_requester', 'only the requester may do that', {
      messageKey: 'approvals.error.notRequester',
      params: { requester: { userId: requesterUserId } },
    });
    this.name = 'NotRequesterError';
  }
}

/** The policy needs an approver nobody fills; nothing was created, the requester and admins are told. */
export class MissingApproverError extends AppError {
  constructor(readonly missing: MissingApprover[]) {
    super('approval_missing_approver', `missing approvers: ${missing.map((m) => m.role).join(', ')}`, {
      messageKey: 'approvals.error.missingApprover',
    });
    this.name = 'MissingApproverError';
  }
}

export class InvalidCounterOfferError extends AppError {
  constructor() {
    super('approval_invalid_counter', 'a counter-offer must be lower than the request', {
      messageKey: 'approvals.error.counterOffer',
    });
    this.name = 'InvalidCounterOfferError';
  }
}

/** Ledger paperwork (an invoice, a commission sheet) is approved or rejected; it has no form to revise. */
export class ChangesNotAvailableError extends AppError {
  constructor() {
    super('approval_changes_not_available', 'this kind of request cannot be sent back for changes', {
      messageKey: 'approvals.error.changesNotAvailable',
    });
    this.name = 'ChangesNotAvailableError';
  }
}
