import type { Clock } from '../../lib/clock.js';
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
  type MissingApprover,
  type PlannedStep,
  type Route,
} from './approvals.types.js';
import { leadApprovalOf } from './approved-values.js';
import { requestDetails } from './request-details.js';
import { requiredApproval, resolveRoute } from './routing.js';

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

/**
 * The request form's own checks (amounts in `currency`, percent, dates from the rep's `today`), with no database.
 * `currency` is the request's (the policy's, else the team's); null before the ack, when it is not known yet.
 */
export function validateRequestForm(request: RequestForm, today: string, currency: string | null) {
  return request.kind === 'discount'
    ? validateDiscountForm(request.form, today, currency)
    : validateContractForm(request.form, today, currency);
}

/** What a new request and a revision both write: its details and route, or the outcome that stops it first. */
type RequestPlan =
  | { stop: SubmitOutcome }
  | { details: ApprovalDetails; auto: boolean; write: { steps: PlannedStep[]; leadApproval?: LeadApproval } };

/** Validates the form, builds the details (the customer's credit included) and routes them by the policy. */
export async function planRequest(
  deps: ApprovalDeps & { actor: Actor; team: Team },
  input: { lead: Lead; policy: ApprovalPolicy; form: RequestForm; origin: ContractDetails['quote'] },
): Promise<RequestPlan> {
  const { actor, clock } = deps;
  const { lead, policy } = input;
  const today = todayFor(actor, clock);
  const result = validateRequestForm(input.form, today, policyCurrency(policy, deps.team));
  if (!result.ok) return { stop: { ok: false, errors: result.errors as Record<string, string> } };
  const details = await requestDetails(deps, { lead, value: result.value, origin: input.origin, today });
  const route = resolveRoute({
    required: requiredApproval(policy, details),
    requesterUserId: actor.userId,
    members: await deps.teams.listMembers(actor.teamId),
  });
  if (route.kind === 'missing') {
    const admins = await adminUserIds(deps.teams, actor.teamId);
    return { stop: { ok: true, outcome: 'missing', missing: route.missing, adminUserIds: admins, lead } };
  }
  if (route.kind === 'auto') {
    const leadApproval = leadApprovalOf(details);
    return { details, auto: true, write: { steps: [], ...(leadApproval ? { leadApproval } : {}) } };
  }
  return { details, auto: false, write: { steps: route.steps } };
}

/** The answer once the plan is written: approved at once, or waiting for its first approver. */
export function writtenOutcome(
  auto: boolean,
  written: { request: ApprovalRequest; steps: ApprovalStep[] },
  lead: Lead,
): SubmitOutcome {
  return auto
    ? { ok: true, outcome: 'auto', request: written.request, lead }
    : { ok: true, outcome: 'routed', request: written.request, steps: written.steps, lead };
}

export async function submitRequest(
  deps: ApprovalDeps & { actor: Actor; team: Team; leadId: number; request: RequestForm },
): Promise<SubmitOutcome> {
  const { actor, clock } = deps;
  const { lead, policy } = await startRequest({ ...deps, kind: deps.request.kind });
  const origin = deps.request.kind === 'contract' ? deps.request.quote : undefined;
  const plan = await planRequest(deps, { lead, policy, form: deps.request, origin });
  if ('stop' in plan) return plan.stop;
  const created = await deps.approvals.createRequest({
    teamId: actor.teamId,
    leadId: lead.id,
    kind: plan.details.kind as ApprovalKind,
    requesterUserId: actor.userId,
    details: plan.details,
    ...plan.write,
    now: clock.now(),
  });
  return writtenOutcome(plan.auto, created, lead);
}

/** The requester's own open request (for revising or cancelling); admins may cancel any. */
export async function loadOwnRequest(
  deps: ApprovalDeps & { actor: Actor; requestId: number; allowAdmin: boolean },
): Promise<ApprovalRequest> {
  const request = await deps.approvals.findRequest(deps.actor.teamId, deps.requestId);
  if (!request) throw new ApprovalNotFoundError(deps.requestId);
  const isRequester = request.requesterUserId === deps.actor.userId;
  if (!isRequester && !(deps.allowAdmin && deps.actor.isAdmin))
    throw new NotRequesterError(request.requesterUserId);
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
