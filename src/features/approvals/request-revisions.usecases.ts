import type { Lead } from '../leads/leads.types.js';
import { loadVisibleLead, todayFor } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { RequestClosedError } from './approvals.errors.js';
import type { ApprovalRequest, ContractDetails, DiscountDetails } from './approvals.types.js';
import { leadApprovalOf } from './approved-values.js';
import { requestDetails } from './request-details.js';
import {
  type ApprovalDeps,
  adminUserIds,
  assertRequestable,
  loadOwnRequest,
  loadPolicy,
  policyCurrency,
  type RequestForm,
  routeFor,
  type SubmitOutcome,
  validateRequestForm,
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
  const today = todayFor(actor, clock);
  const result = validateRequestForm(deps.request, today, policyCurrency(policy, deps.team));
  if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
  // A contract request opened from an accepted quote stays that quote's (read from the request, not the form), so
  // the revised contract still keeps the quote's lines when its amount is the quote's total. The customer's credit
  // is read again: the revision may have changed the amount past the limit.
  const origin = current.details.kind === 'contract' ? current.details.quote : undefined;
  const details = await requestDetails(deps, { lead, value: result.value, origin, today });
  const route = await routeFor(deps, actor, policy, details);
  if (route.kind === 'missing')
    return {
      ok: true,
      outcome: 'missing',
      missing: route.missing,
      adminUserIds: await adminUserIds(deps.teams, actor.teamId),
      lead,
    };
  const revised = await deps.approvals.revise({
    teamId: actor.teamId,
    requestId: current.id,
    fromRevision: current.revision,
    details,
    steps: route.kind === 'auto' ? [] : route.steps,
    ...(route.kind === 'auto' ? { leadApproval: leadApprovalOf(details) } : {}),
    actorUserId: actor.userId,
    now: clock.now(),
  });
  if (!revised) throw new RequestClosedError(current.status);
  return route.kind === 'auto'
    ? { ok: true, outcome: 'auto', request: revised.request, lead }
    : { ok: true, outcome: 'routed', request: revised.request, steps: revised.steps, lead };
}
