import { localDate } from '../../lib/time-zone.js';
import type { Lead } from '../leads/leads.types.js';
import type { Actor } from '../team/team.types.js';
import {
  AlreadyDecidedError,
  ApprovalNotFoundError,
  ChangesNotAvailableError,
  InvalidCounterOfferError,
  NotApproverError,
  RequestClosedError,
  SelfApprovalError,
} from './approvals.errors.js';
import type { DecideInput } from './approvals.repository.js';
import {
  type ApprovalRequest,
  type ApprovalStep,
  CHANGEABLE_KINDS,
  type Decision,
  type DecisionVia,
} from './approvals.types.js';
import { approvedValueOf, leadApprovalOf } from './approved-values.js';
import { type ApprovalDeps, loadPolicy } from './requests.usecases.js';
import { activeDelegate, requiredApproval } from './routing.js';

export interface DecisionTarget {
  requestId: number;
  revision: number;
  step: number;
}

export interface Authorized {
  request: ApprovalRequest;
  steps: ApprovalStep[];
  current: ApprovalStep;
  via: DecisionVia;
}

function lateClick(step: ApprovalStep | undefined, request: ApprovalRequest): never {
  if (step?.decidedByUserId && step.decidedAt)
    throw new AlreadyDecidedError(step.decidedByUserId, step.decidedAt);
  throw new RequestClosedError(request.status);
}

/**
 * May `actor` decide this step? The approver (or whoever it escalated to), their active delegate, or an admin
 * (recorded as an override). Never the requester. Identity is the signed payload's, checked against our rows.
 */
export async function authorizeDecision(
  deps: ApprovalDeps & { actor: Actor; target: DecisionTarget },
): Promise<Authorized> {
  const { actor, target } = deps;
  const request = await deps.approvals.findRequest(actor.teamId, target.requestId);
  if (!request) throw new ApprovalNotFoundError(target.requestId);
  if (request.requesterUserId === actor.userId) throw new SelfApprovalError();
  const steps = await deps.approvals.listSteps(actor.teamId, request.id, target.revision);
  const current = steps.find((step) => step.step === target.step);
  if (!current) throw new ApprovalNotFoundError(target.requestId);
  let via: DecisionVia | undefined;
  if (actor.userId === current.approverUserId || actor.userId === current.escalatedToUserId) via = 'approver';
  else {
    const approver = await deps.teams.findMember(actor.teamId, current.approverUserId);
    const team = await deps.teams.ensureTeam(actor.teamId);
    const today = localDate(deps.clock.now(), approver?.timezone ?? team.timezone);
    if (activeDelegate(approver, today) === actor.userId) via = 'delegate';
    else if (actor.isAdmin) via = 'admin_override';
  }
  if (!via) throw new NotApproverError(current.approverUserId);
  const stillOpen =
    request.status === 'pending' &&
    request.revision === target.revision &&
    request.currentStep === target.step &&
    current.status === 'pending';
  if (!stillOpen) lateClick(current, request);
  return { request, steps, current, via };
}

export interface DecisionResult {
  request: ApprovalRequest;
  decided: ApprovalStep;
  /** The step now waiting, when the request moved on. */
  next: ApprovalStep | undefined;
  /**
   * The value finally approved when this decision completed the request: the percent, the contract amount, the
   * invoice amount in minor units, the sheet's total commission in minor units (see `approvedValueOf`).
   */
  approvedValue: number | undefined;
  /** The request's lead, for the messages that follow (undefined for a commission sheet, or if it was deleted). */
  lead: Lead | undefined;
}

/**
 * Approve, reject or request changes. Reject and request-changes need a reason. A counter-offer approves a
 * lower discount; if that lower discount no longer needs the later steps, they are skipped. The write is one
 * conditional statement: of any number of concurrent clicks exactly one decides; the others are told who did.
 */
export async function decide(
  deps: ApprovalDeps & {
    actor: Actor;
    target: DecisionTarget;
    decision: Decision;
    comment?: string | null;
    counterPercent?: number | null;
  },
): Promise<DecisionResult> {
  const { actor, target, decision, clock } = deps;
  const { request, steps, current, via } = await authorizeDecision(deps);
  const comment = deps.comment?.trim() || null;
  const details = request.details;
  const counter = deps.counterPercent ?? null;
  if (counter !== null) {
    if (details.kind !== 'discount' || decision !== 'approve') throw new InvalidCounterOfferError();
    if (!(counter >= 0 && counter < details.percent)) throw new InvalidCounterOfferError();
  }
  if (decision === 'changes' && !CHANGEABLE_KINDS.includes(details.kind))
    throw new ChangesNotAvailableError();
  const earlier = steps.filter((step) => step.step < current.step && step.approvedValue !== null);
  const effective =
    details.kind === 'discount'
      ? Math.min(
          details.percent,
          counter ?? details.percent,
          ...earlier.map((s) => s.approvedValue as number),
        )
      : approvedValueOf(details);
  const later = steps.filter((step) => step.step > current.step);
  let stillNeeded = later;
  if (details.kind === 'discount' && decision === 'approve') {
    const policy = await loadPolicy({ ...deps, teamId: actor.teamId });
    const required = requiredApproval(policy, { ...details, percent: effective });
    const roles = required.kind === 'auto' ? [] : required.roles;
    stillNeeded = later.filter((step) => roles.includes(step.role));
  }
  const status =
    decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changes_requested';
  const final = decision !== 'approve' || stillNeeded.length === 0;
  const leadApproval = leadApprovalOf(details, effective);
  const input: DecideInput = {
    teamId: actor.teamId,
    requestId: request.id,
    revision: target.revision,
    step: target.step,
    status,
    actorUserId: actor.userId,
    via,
    comment,
    approvedValue: counter,
    now: clock.now(),
    next: final
      ? { status: decision === 'approve' ? 'approved' : status, currentStep: 0 }
      : { status: 'pending', currentStep: (stillNeeded[0] as ApprovalStep).step },
    ...(later.length && (final || stillNeeded.length < later.length)
      ? { skipFrom: final ? current.step + 1 : (stillNeeded.at(-1) as ApprovalStep).step + 1 }
      : {}),
    ...(final && decision === 'approve' && leadApproval ? { leadApproval } : {}),
  };
  const decided = await deps.approvals.decide(input);
  if (!decided) {
    const fresh = await deps.approvals.listSteps(actor.teamId, request.id, target.revision);
    const again = await deps.approvals.findRequest(actor.teamId, request.id);
    lateClick(
      fresh.find((step) => step.step === target.step),
      again ?? request,
    );
  }
  const [after, fresh, lead] = await Promise.all([
    deps.approvals.findRequest(actor.teamId, request.id),
    deps.approvals.listSteps(actor.teamId, request.id, target.revision),
    request.leadId === null ? undefined : deps.leads.findById(actor.teamId, request.leadId),
  ]);
  return {
    request: after ?? request,
    decided,
    next: final ? undefined : fresh.find((step) => step.step === input.next.currentStep),
    approvedValue: final && decision === 'approve' ? effective : undefined,
    lead,
  };
}
