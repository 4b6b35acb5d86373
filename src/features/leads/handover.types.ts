/* What handing leads over moves and reports (see handover.usecases.ts). */

/** A lead moved to a new owner, with what its notifications need. */
export interface MovedLead {
  id: number;
  companyName: string;
  channelId: string | null;
  threadTs: string | null;
  version: number;
}

export interface HandoverCounts {
  /** Open leads `from` owns. */
  openLeads: number;
  /** Of those, the ones with a follow-up set. */
  followUps: number;
  /** Pending approval requests `from` made that would move to `to`. */
  pendingRequests: number;
  /** Pending requests that stay with `from` because `to` is one of their approvers (nobody approves their own). */
  blockedRequests: number;
  /** Approval steps waiting on `from` as approver: not moved (see the use case). */
  approvalsWaitingOnFrom: number;
}
