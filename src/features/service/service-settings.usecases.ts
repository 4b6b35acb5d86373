import type { Clock } from '../../lib/clock.js';
import type { Actor } from '../team/team.types.js';
import { requireAdmin } from '../team/team-admin.usecases.js';
import { ServiceTargetArgumentError } from './service.errors.js';
import type { ServiceRepository } from './service.repository.js';
import {
  type PriorityTarget,
  parseServiceTargetChange,
  type ServiceTargetChange,
  targetsInForce,
} from './service-target-policy.js';

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

/** The team's response and resolution targets per priority, in working hours. Anyone may read them. */
export async function serviceTargetPolicy(deps: {
  service: ServiceRepository;
  actor: Actor;
}): Promise<PriorityTarget[]> {
  return targetsInForce((await deps.service.policy(deps.actor.teamId)).targets);
}

/**
 * `/salesflow service-targets P2 4h 2d` or `reset` (admins). Due times are fixed when a request opens, so only
 * requests opened afterwards use the change.
 */
export async function setServiceTarget(deps: {
  service: ServiceRepository;
  clock: Clock;
  actor: Actor;
  text: string;
}): Promise<{ change: ServiceTargetChange; targets: PriorityTarget[] }> {
  requireAdmin(deps.actor);
  const change = parseServiceTargetChange(deps.text);
  if (!change) throw new ServiceTargetArgumentError();
  const now = deps.clock.now();
  if (change.kind === 'reset') await deps.service.resetTargets(deps.actor.teamId, now);
  else {
    await deps.service.setTarget(deps.actor.teamId, change, now);
  }
  return { change, targets: await serviceTargetPolicy(deps) };
}
