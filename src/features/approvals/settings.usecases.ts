import { toCsv } from '../../lib/csv.js';
import { AppError } from '../../lib/errors.js';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import { todayFor, visibleOwners } from '../leads/leads.usecases.js';
import type { Actor, Member } from '../team/team.types.js';
import type { ApprovalAuditRepository, AuditRow } from './approval-audit.repository.js';
import { type PolicyForm, validatePolicyForm } from './approval-input.js';
import type { ApprovalPolicy } from './approvals.types.js';
import { type ApprovalDeps, loadPolicy } from './requests.usecases.js';

export class PolicyNotAdminError extends AppError {
  constructor() {
    super('approval_policy_not_admin', 'only admins edit the approval policy', {
      messageKey: 'approvals.error.policyAdminOnly',
    });
    this.name = 'PolicyNotAdminError';
  }
}

export class InvalidDelegateError extends AppError {
  constructor(reason: 'self' | 'date' | 'past') {
    super('approval_invalid_delegate', `invalid delegation: ${reason}`, {
      messageKey: `approvals.delegate.error.${reason}`,
    });
    this.name = 'InvalidDelegateError';
  }
}

export async function getPolicy(deps: ApprovalDeps & { actor: Actor }): Promise<{
  policy: ApprovalPolicy;
  canEdit: boolean;
}> {
  return { policy: await loadPolicy({ ...deps, teamId: deps.actor.teamId }), canEdit: deps.actor.isAdmin };
}

export async function updatePolicy(
  deps: ApprovalDeps & { actor: Actor; form: PolicyForm },
): Promise<{ ok: true; policy: ApprovalPolicy } | { ok: false; errors: Record<string, string> }> {
  if (!deps.actor.isAdmin) throw new PolicyNotAdminError();
  const team = await deps.teams.ensureTeam(deps.actor.teamId);
  const result = validatePolicyForm(deps.form, team.currency);
  if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
  await deps.approvalPolicies.save(deps.actor.teamId, result.value, deps.actor.userId, deps.clock.now());
  return { ok: true, policy: result.value };
}

/** "My approvals go to `delegateUserId` until `until`" (inclusive, the approver's local date). */
export async function setDelegate(
  deps: ApprovalDeps & { actor: Actor; delegateUserId: string; until: string },
): Promise<{ member: Member }> {
  const { actor } = deps;
  if (deps.delegateUserId === actor.userId) throw new InvalidDelegateError('self');
  if (!parseIsoDate(deps.until)) throw new InvalidDelegateError('date');
  if (deps.until < todayFor(actor, deps.clock)) throw new InvalidDelegateError('past');
  const member = await deps.teams.updateMember(actor.teamId, actor.userId, {
    delegateUserId: deps.delegateUserId,
    delegateUntil: deps.until,
  });
  return { member };
}

export async function clearDelegate(deps: ApprovalDeps & { actor: Actor }): Promise<{ member: Member }> {
  const member = await deps.teams.updateMember(deps.actor.teamId, deps.actor.userId, {
    delegateUserId: null,
    delegateUntil: null,
  });
  return { member };
}

/** The audit trail the actor may see: admins everything, others the approvals on leads they can see. */
export async function listAudit(
  deps: ApprovalDeps & { approvalAudit: ApprovalAuditRepository; actor: Actor; leadId?: number },
): Promise<AuditRow[]> {
  const scope = await visibleOwners(deps);
  return deps.approvalAudit.listEvents(deps.actor.teamId, {
    ...(deps.leadId !== undefined ? { leadId: deps.leadId } : {}),
    ...(scope === 'all' ? {} : { ownerUserIds: scope }),
  });
}

export const AUDIT_COLUMNS = [
  'when',
  'lead_id',
  'company',
  'request_id',
  'kind',
  'revision',
  'step',
  'what',
  'who',
  'concerning',
  'via',
  'value',
  'comment',
] as const;

/** CSV (RFC 4180, UTF-8 with BOM so spreadsheet apps read Chinese correctly) of the audit rows. */
export function auditCsv(rows: AuditRow[]): string {
  return toCsv([
    AUDIT_COLUMNS,
    ...rows.map(({ event, kind, companyName }) => [
      event.occurredAt.toISOString(),
      event.leadId,
      companyName,
      event.requestId,
      kind,
      event.revision,
      event.step,
      event.kind,
      event.actorUserId ?? 'salesflow',
      event.subjectUserId,
      event.via,
      event.value,
      event.comment,
    ]),
  ]);
}
