import type { Clock } from '../../lib/clock.js';
import { localDate } from '../../lib/time-zone.js';
import type { CreditRepository } from '../customers/credit.repository.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { Lead } from '../leads/leads.types.js';
import { assertOpen, loadVisibleLead, todayFor } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import {
  type ContractForm,
  type DiscountForm,
  validateContractForm,
  validateDiscountForm,
} from './approval-input.js';
import type { ApprovalPolicyRepository } from './approval-policy.repository.js';
import { ApprovalNotFoundError, NotRequesterError, RequestClosedError } from './approvals.errors.js';
import type { ApprovalRepository, LeadApproval } from './approvals.repository.js';
import {
  type ApprovalDetails,
  type ApprovalKind,
  type ApprovalPolicy,
  type ApprovalRequest,
  type ApprovalStep,
  type ContractDetails,
  DEFAULT_POLICY,
  type DiscountDetails,
  type MissingApprover,
  type Route,
} from './approvals.types.js';
import { requestDetails } from './request-details.js';
import { activeDelegate, requiredApproval, resolveRoute } from './routing.js';

export interface ApprovalDeps {
  approvals: ApprovalRepository;
  /** The customer's credit, read into a contract request (the finance step, the approvers' warning). */
  credit: CreditRepository;
  approvalPolicies: ApprovalPolicyRepository;
  leads: LeadRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** A contract request opened from an accepted quote carries it, so the contract keeps the quote's lines. */
export type QuoteOrigin = NonNullable<ContractDetails['quote']>;
export type RequestForm =
  | { kind: 'discount'; form: DiscountForm }
  | { kind: 'contract'; form: ContractForm; quote?: QuoteOrigin };

export type SubmitOutcome =
  | { ok: false; errors: Record<string, string> }
  | { ok: true; outcome: 'auto'; request: ApprovalRequest; lead: Lead }
  | { ok: true; outcome: 'routed'; request: ApprovalRequest; steps: ApprovalStep[]; lead: Lead }
  | { ok: true; outcome: 'missing'; missing: MissingApprover[]; adminUserIds: string[]; lead: Lead };

export async function loadPolicy(deps: { approvalPolicies: ApprovalPolicyRepository; teamId: string }) {
  return (await deps.approvalPolicies.find(deps.teamId)) ?? DEFAULT_POLICY;
}

export function policyCurrency(policy: ApprovalPolicy, team: Pick<Team, 'currency'>): string {
  return policy.currency ?? team.currency;
}

/**
 * A discount is asked for an open lead; a contract for an open or a won one, since deals are often won before the
 * contract's approval is asked for (the win form says so when the lead has none).
 */
export function assertRequestable(lead: Lead, kind: ApprovalKind): void {
  if (kind === 'contract' && lead.stage === 'won') return;
  assertOpen(lead);
}

/** Opening a request modal: the lead must be visible to the rep and still take this kind of request. */
export async function startRequest(
  deps: ApprovalDeps & { actor: Actor; leadId: number; kind: 'discount' | 'contract' },
): Promise<{ lead: Lead; policy: ApprovalPolicy }> {
  const lead = await loadVisibleLead(deps);
  assertRequestable(lead, deps.kind);
  return { lead, policy: await loadPolicy({ ...deps, teamId: deps.actor.teamId }) };
}

/** Who would have to approve `details` if `actor` asked now (the modal shows it before submitting). */
export async function previewRoute(
  deps: ApprovalDeps & { actor: Actor; details: ApprovalDetails },
): Promise<Route> {
  const policy = await loadPolicy({ ...deps, teamId: deps.actor.teamId });
  return resolveRoute({
    required: requiredApproval(policy, deps.details),
    requesterUserId: deps.actor.userId,
    members: await deps.teams.listMembers(deps.actor.teamId),
  });
}

export async function adminUserIds(teams: TeamRepository, teamId: string): Promise<string[]> {
  return (await teams.listMembers(teamId))
    .filter((member) => member.role === 'admin' || member.isWorkspaceAdmin)
    .map((member) => member.userId);
}

/** The request form's own checks (amounts, percent, dates from the rep's `today`), with no database. */
export function validateRequestForm(request: RequestForm, today: string, currency: string) {
  return request.kind === 'discount'
    ? validateDiscountForm(request.form, today)
    : validateContractForm(request.form, today, currency);
}

/** What a final approval writes on the lead (discounts and contracts); ledger paperwork writes nothing there. */
export function leadApprovalOf(details: ApprovalDetails, discountPercent?: number): LeadApproval | undefined {
  if (details.kind === 'discount') return { approvedDiscountPercent: discountPercent ?? details.percent };
  if (details.kind === 'contract') return { approvedContractAmount: details.amount };
  return undefined;
}

/** The value a request approves as asked: the percent, the contract amount, the invoice or sheet total (minor). */
export function approvedValueOf(details: ApprovalDetails): number {
  if (details.kind === 'discount') return details.percent;
  if (details.kind === 'contract') return details.amount;
  if (details.kind === 'invoice') return details.amountMinor;
  if (details.kind === 'quote') return details.totalMinor;
  return details.totals.reduce((sum, total) => sum + total.commissionMinor, 0);
}

async function routeFor(deps: ApprovalDeps, actor: Actor, policy: ApprovalPolicy, details: ApprovalDetails) {
  return resolveRoute({
    required: requiredApproval(policy, details),
    requesterUserId: actor.userId,
    members: await deps.teams.listMembers(actor.teamId),
  });
}

/**
 * A rep's request: validated, routed by the policy and stored. When an approver is missing nothing is stored;
 * the outcome names what is missing and the admins to tell, so the request is never left stuck unseen.
 */
export async function submitRequest(
  deps: ApprovalDeps & { actor: Actor; team: Team; leadId: number; request: RequestForm },
): Promise<SubmitOutcome> {
  const { actor, clock } = deps;
  const { lead, policy } = await startRequest({ ...deps, kind: deps.request.kind });
  const today = todayFor(actor, clock);
  const result = validateRequestForm(deps.request, today, policyCurrency(policy, deps.team));
  if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
  const origin = deps.request.kind === 'contract' ? deps.request.quote : undefined;
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
  const steps = route.kind === 'auto' ? [] : route.steps;
  const created = await deps.approvals.createRequest({
    teamId: actor.teamId,
    leadId: lead.id,
    kind: details.kind as ApprovalKind,
    requesterUserId: actor.userId,
    details,
    steps,
    ...(route.kind === 'auto' ? { leadApproval: leadApprovalOf(details) } : {}),
    now: clock.now(),
  });
  return route.kind === 'auto'
    ? { ok: true, outcome: 'auto', request: created.request, lead }
    : { ok: true, outcome: 'routed', request: created.request, steps: created.steps, lead };
}

/** The requester's own open request (for revising or cancelling); admins may cancel any. */
async function loadOwnRequest(
  deps: ApprovalDeps & { actor: Actor; requestId: number; allowAdmin: boolean },
): Promise<ApprovalRequest> {
  const request = await deps.approvals.findRequest(deps.actor.teamId, deps.requestId);
  if (!request) throw new ApprovalNotFoundError(deps.requestId);
  const isRequester = request.requesterUserId === deps.actor.userId;
  if (!isRequester && !(deps.allowAdmin && deps.actor.isAdmin)) throw new NotRequesterError();
  return request;
}

export async function cancelRequest(
  deps: ApprovalDeps & { actor: Actor; requestId: number },
): Promise<{ request: ApprovalRequest; steps: ApprovalStep[]; lead: Lead | undefined }> {
  const { actor, clock } = deps;
  const before = await loadOwnRequest({ ...deps, allowAdmin: true });
  const request = await deps.approvals.cancel({
    teamId: actor.teamId,
    requestId: before.id,
    actorUserId: actor.userId,
    reason: null,
    now: clock.now(),
  });
  if (!request) {
    const now = await deps.approvals.findRequest(actor.teamId, before.id);
    throw new RequestClosedError(now?.status ?? before.status);
  }
  const [steps, lead] = await Promise.all([
    deps.approvals.listSteps(actor.teamId, request.id, request.revision),
    request.leadId === null ? undefined : deps.leads.findById(actor.teamId, request.leadId),
  ]);
  return { request, steps, lead };
}

/**
 * A step's message was posted (in the lead's thread or the approver's DM): remember where, so a decision can
 * update it in place. The first step's message also marks the request's thread.
 */
export async function recordStepMessage(
  deps: Pick<ApprovalDeps, 'approvals'> & {
    teamId: string;
    requestId: number;
    step: Pick<ApprovalStep, 'id' | 'step'>;
    channelId: string;
    messageTs: string;
    threadTs: string | null;
  },
): Promise<void> {
  const { approvals, teamId, step, channelId, messageTs } = deps;
  if (step.step === 1)
    await approvals.setRequestThread(teamId, deps.requestId, {
      channelId,
      threadTs: deps.threadTs,
      messageTs,
    });
  await approvals.setStepMessage(teamId, step.id, channelId, messageTs);
}

/** Who decides for `userId` today, if they have an active delegate (their own zone's date). */
export async function activeDelegateOf(
  deps: Pick<ApprovalDeps, 'teams' | 'clock'> & { team: Team; userId: string },
): Promise<string | null> {
  const member = await deps.teams.findMember(deps.team.teamId, deps.userId);
  return activeDelegate(member, localDate(deps.clock.now(), member?.timezone ?? deps.team.timezone));
}

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
  // the revised contract still keeps the quote's lines when its amount is the quote's total.
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
