import type { Member } from '../team/team.types.js';
import {
  type ApprovalDetails,
  type ApprovalPolicy,
  type ApproverRole,
  creditNeedsFinance,
  type MissingApprover,
  type PlannedStep,
  type RequiredApproval,
  type Route,
} from './approvals.types.js';

/** The policy bands: which roles must approve `details`, in order. Pure, so the modal can preview it. */
export function requiredApproval(policy: ApprovalPolicy, details: ApprovalDetails): RequiredApproval {
  if (details.kind === 'discount') return discountBand(policy, details.percent);
  // A quote's discounts go through the same bands as a discount request; a line below its floor price needs the
  // top approver whatever its percent.
  if (details.kind === 'quote')
    return details.belowFloor
      ? { kind: 'roles', roles: ['manager', 'director'] }
      : discountBand(policy, details.maxDiscountPercent);
  // Ledger paperwork is finance's: an invoice goes to finance (then a director above the finance policy's
  // amount), a month's commission sheet to finance and then a director.
  if (details.kind === 'invoice')
    return { kind: 'roles', roles: details.directorRequired ? ['finance', 'director'] : ['finance'] };
  if (details.kind === 'commission_sheet') return { kind: 'roles', roles: ['finance', 'director'] };
  const roles: ApproverRole[] =
    details.amount <= policy.managerMaxContractAmount ? ['manager'] : ['manager', 'director'];
  if (details.upfrontPercent < policy.financeMinUpfrontPercent || details.amount > policy.financeAboveAmount)
    roles.push('finance');
  // The customer's credit (over its limit, money long overdue) adds finance's step after the others.
  else if (creditNeedsFinance(details.credit)) roles.push('finance');
  return { kind: 'roles', roles };
}

function discountBand(policy: ApprovalPolicy, percent: number): RequiredApproval {
  if (percent <= policy.autoApproveDiscountPercent) return { kind: 'auto' };
  if (percent <= policy.managerMaxDiscountPercent) return { kind: 'roles', roles: ['manager'] };
  return { kind: 'roles', roles: ['manager', 'director'] };
}

/** The requester's managers, nearest first, following reporting lines (loops and self cut off). */
export function reportingChain(userId: string, members: Member[]): string[] {
  const byId = new Map(members.map((member) => [member.userId, member]));
  const chain: string[] = [];
  let next = byId.get(userId)?.managerUserId ?? null;
  while (next && next !== userId && !chain.includes(next) && chain.length < 10) {
    chain.push(next);
    next = byId.get(next)?.managerUserId ?? null;
  }
  return chain;
}

const isDirectorLevel = (member: Member | undefined) => member?.role === 'director';

/**
 * Who approves each required role. The manager is the requester's own manager, so a manager's request
 * naturally starts one level up; the director is the next one up the line, or any user with the director role.
 * When one person fills both levels (a manager's manager who is a director) they approve once, as director.
 * Nobody is ever routed their own request.
 */
export function resolveRoute(input: {
  required: RequiredApproval;
  requesterUserId: string;
  members: Member[];
}): Route {
  const { required, requesterUserId, members } = input;
  if (required.kind === 'auto') return { kind: 'auto' };
  const byId = new Map(members.map((member) => [member.userId, member]));
  const requester = byId.get(requesterUserId);
  const chain = reportingChain(requesterUserId, members);
  const withRole = (role: string, exclude: string[]) =>
    members
      .filter((member) => member.role === role && !exclude.includes(member.userId))
      .map((member) => member.userId)
      .sort()[0];

  const steps: PlannedStep[] = [];
  const missing: MissingApprover[] = [];
  let managerApprover: string | undefined = chain[0];
  if (!managerApprover && (requester?.role === 'manager' || requester?.role === 'director'))
    managerApprover = withRole('director', [requesterUserId]);

  for (const role of required.roles) {
    if (role === 'manager') {
      if (managerApprover) steps.push({ role, approverUserId: managerApprover });
      else missing.push({ role, reason: 'no_manager' });
    } else if (role === 'director') {
      const above = managerApprover ? chain.slice(chain.indexOf(managerApprover) + 1) : [];
      const director = isDirectorLevel(byId.get(managerApprover ?? ''))
        ? managerApprover
        : (above[0] ?? withRole('director', [requesterUserId, managerApprover ?? '']));
      if (!director) missing.push({ role, reason: 'no_director' });
      else if (director === managerApprover && steps.at(-1)?.approverUserId === director)
        (steps.at(-1) as PlannedStep).role = 'director';
      else steps.push({ role, approverUserId: director });
    } else {
      const finance = withRole('finance', [requesterUserId]);
      if (finance) steps.push({ role, approverUserId: finance });
      else missing.push({ role, reason: 'no_finance' });
    }
  }
  return missing.length ? { kind: 'missing', missing } : { kind: 'steps', steps };
}

/** The approver's delegate, when one is set and still active on `today` (the approver's local date). */
export function activeDelegate(member: Member | undefined, today: string): string | null {
  if (!member?.delegateUserId || !member.delegateUntil) return null;
  return member.delegateUntil >= today ? member.delegateUserId : null;
}
