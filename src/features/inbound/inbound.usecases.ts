import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { requireAdmin } from '../team/team-admin.usecases.js';
import { InboundNotSetUpError, InboundPoolTooLargeError } from './inbound.errors.js';
import type { InboundRepository } from './inbound.repository.js';
import type { InboundSource } from './inbound.types.js';
import { newInboundToken } from './inbound-secret.js';

/* `/salesflow inbound …`: the team's inbound secret and its pool of reps. Admins only. */

export const MAX_POOL_SIZE = 50;

interface InboundAdminDeps {
  inbound: InboundRepository;
  actor: Actor;
}

/** What the admin sees: whether a secret exists (never the secret), since when, and the pool. */
export async function inboundStatus(
  deps: InboundAdminDeps,
): Promise<{ source: Omit<InboundSource, 'secretHash' | 'keyId'> | null }> {
  requireAdmin(deps.actor);
  const source = await deps.inbound.findSource(deps.actor.teamId);
  if (!source) return { source: null };
  const { secretHash: _hash, keyId: _key, ...visible } = source;
  return { source: visible };
}

/**
 * Creates the team's secret or replaces it; the old one stops working at once. The token is returned this once
 * and never stored: only its hash is.
 */
export async function rotateInboundSecret(
  deps: InboundAdminDeps & { clock: Clock },
): Promise<{ token: string; rotated: boolean }> {
  requireAdmin(deps.actor);
  const existed = Boolean(await deps.inbound.findSource(deps.actor.teamId));
  const { token, keyId, secretHash } = newInboundToken();
  await deps.inbound.saveSecret({
    teamId: deps.actor.teamId,
    keyId,
    secretHash,
    userId: deps.actor.userId,
    now: deps.clock.now(),
  });
  return { token, rotated: existed };
}

/** The reps inbound leads go to, in turn (the order given); an empty pool sends them to the secret's creator. */
export async function setInboundPool(
  deps: InboundAdminDeps & { teams: TeamRepository; userIds: string[] },
): Promise<{ poolUserIds: string[] }> {
  requireAdmin(deps.actor);
  const userIds = [...new Set(deps.userIds)];
  if (userIds.length > MAX_POOL_SIZE) throw new InboundPoolTooLargeError(userIds.length, MAX_POOL_SIZE);
  const source = await deps.inbound.setPool(deps.actor.teamId, userIds);
  if (!source) throw new InboundNotSetUpError(deps.actor.teamId);
  // Reps who never used Salesflow get a member row, so their leads show in lists and digests.
  for (const userId of userIds)
    if (!(await deps.teams.findMember(deps.actor.teamId, userId)))
      await deps.teams.updateMember(deps.actor.teamId, userId, {});
  return { poolUserIds: source.poolUserIds };
}

/** Closes the door: the secret is deleted and every request is refused. */
export async function disableInbound(deps: InboundAdminDeps): Promise<{ disabled: boolean }> {
  requireAdmin(deps.actor);
  return { disabled: await deps.inbound.deleteSource(deps.actor.teamId) };
}
