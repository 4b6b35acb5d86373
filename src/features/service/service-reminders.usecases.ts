import type { TeamRepository } from '../team/team.repository.js';
import type { ServiceNotice, ServiceRequest } from './service.types.js';

export const SERVICE_TARGETS_TASK_KIND = 'service-targets';

/** The run key of one notice of one request: unique forever, so the scheduler claims it once. */
export const serviceNoticeKey = (notice: ServiceNotice, requestId: number) =>
  `service:${notice}:${requestId}`;

export type ServiceNoticeAudience =
  | { kind: 'owner'; ownerUserId: string }
  /** A missed target: the owner's manager is told (and the owner that they were). */
  | { kind: 'manager'; ownerUserId: string; managerUserId: string }
  /** A missed target and nobody above the owner: the admins are told to name a manager. */
  | { kind: 'admins'; ownerUserId: string; adminUserIds: string[] };

/**
 * Who hears of a notice: a reminder goes to the owner; a missed target to the owner's manager (the reporting line
 * approvals escalate along), else to the team's admins so it is not missed unseen.
 */
export async function serviceNoticeAudience(deps: {
  teams: TeamRepository;
  request: ServiceRequest;
  notice: ServiceNotice;
}): Promise<ServiceNoticeAudience> {
  const { request } = deps;
  const ownerUserId = request.ownerUserId;
  if (deps.notice.endsWith('remind')) return { kind: 'owner', ownerUserId };
  const owner = await deps.teams.findMember(request.teamId, ownerUserId);
  const managerUserId = owner?.managerUserId;
  if (managerUserId && managerUserId !== ownerUserId) return { kind: 'manager', ownerUserId, managerUserId };
  const adminUserIds = (await deps.teams.listMembers(request.teamId))
    .filter((m) => m.role === 'admin' || m.isWorkspaceAdmin)
    .map((m) => m.userId);
  return { kind: 'admins', ownerUserId, adminUserIds };
}
