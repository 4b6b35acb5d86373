import type { Lead } from '../leads/leads.types.js';
import { loadVisibleLead } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { RequestClosedError } from './approvals.errors.js';
import type { ApprovalRequest, ContractDetails, DiscountDetails } from './approvals.types.js';
import {
  type ApprovalDeps,
  assertRequestable,
  loadOwnRequest,
  loadPolicy,
  planRequest,
  type RequestForm,
  type SubmitOutcome,
  writtenOutcome,
} from './requests.usecases.js';

/** A request with a form behind it (discount, contract): the only kinds sent back for changes. */
export type RevisableRequest = ApprovalRequest & {
  kind: 'discount' | 'contract';
  details: DiscountDetails | ContractDetails;
  leadId: number;
};

function isRevisable(request: ApprovalRequest): request is RevisableRequest {
  return (
    (request.details.kind === 'discount' || request.details.kind === 'contract') &&
    request.kind === request.details.kind &&
    request.leadId !== null
  );
}

/** Opening "Revise": only the requester, only while changes are requested. */
export async function startRevision(
  deps: ApprovalDeps & { actor: Actor; requestId: number },
): Promise<{ request: RevisableRequest; lead: Lead }> {
  const request = await loadOwnRequest({ ...deps, allowAdmin: false });
  if (request.status !== 'changes_requested' || !isRevisable(request))
    throw new RequestClosedError(request.status);
  const lead = await loadVisibleLead({ ...deps, leadId: request.leadId });
  return { request, lead };
}

/** A new revision: re-validated and re-routed (the amount may have changed band); history stays. */
export async function reviseRequest(
  deps: ApprovalDeps & { actor: Actor; team: Team; requestId: number; request: RequestForm },
): Promise<SubmitOutcome> {
  const { actor, clock } = deps;
  const { request: current, lead } = await startRevision(deps);
  assertRequestable(lead, current.kind);
  const policy = await loadPolicy({ ...deps, teamId: actor.teamId });
  // A contract request opened from an accepted quote stays that quote's (read from the request, not the form), so
  // the revised contract still keeps the quote's lines when its amount is the quote's total. The customer's credit
  // is read again: the revision may have changed the amount past the limit.
  const origin = current.details.kind === 'contract' ? current.details.quote : undefined;
  const plan = await planRequest(deps, { lead, policy, form: deps.request, origin });
  if ('stop' in plan) return plan.stop;
  const revised = await deps.approvals.revise({
    teamId: actor.teamId,
    requestId: current.id,
    fromRevision: current.revision,
    details: plan.details,
    ...plan.write,
    actorUserId: actor.userId,
    now: clock.now(),
  });
  if (!revised) throw new RequestClosedError(current.status);
  return writtenOutcome(plan.auto, revised, lead);
}
