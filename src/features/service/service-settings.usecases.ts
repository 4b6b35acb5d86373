import type { Clock } from '../../lib/clock.js';
import type { Actor } from '../team/team.types.js';
import { requireAdmin } from '../team/team-admin.usecases.js';
import type { ServiceRepository } from './service.repository.js';

/**
 * `/salesflow service-owner @user` (or `off`, `userId: null`): who owns every new service request; an admin
 * setting. Requests already open keep their owner.
 */
export async function setServiceOwner(deps: {
  service: ServiceRepository;
  clock: Clock;
  actor: Actor;
  userId: string | null;
}): Promise<{ serviceOwnerUserId: string | null }> {
  requireAdmin(deps.actor);
  await deps.service.setServiceOwner(deps.actor.teamId, deps.userId, deps.clock.now());
  return { serviceOwnerUserId: deps.userId };
}
