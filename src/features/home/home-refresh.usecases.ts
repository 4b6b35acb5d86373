import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../logger.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { toActor } from '../team/team.usecases.js';
import type { ClaimedHome, HomeViewRepository } from './home-views.repository.js';

/**
 * What changed, as far as Home tabs care: whose work it is and whether it is money. The owner sees it in their
 * own section, their manager chain in the team section, admins in the whole team's, finance in its queues and
 * aging (money only). A team-wide target shows on everyone's Home.
 */
export type HomeChange =
  | { kind: 'lead' | 'followUp' | 'approval' | 'target'; ownerUserId: string }
  | { kind: 'payment' | 'invoice'; ownerUserId: string }
  /** Team-wide: a team target, or a lead import (leads of any number of owners). */
  | { kind: 'teamTarget' | 'leadImport' };

const MONEY_KINDS = new Set<HomeChange['kind']>(['payment', 'invoice']);

export interface HomeRefreshDeps {
  teams: TeamRepository;
  homeViews: HomeViewRepository;
  clock: Clock;
  logger: Logger;
}

/**
 * Marks stale the Homes that show `change` (only of people who have opened Home); the refresher re-publishes
 * them, debounced. Called after the change is saved; a failure here is logged and never undoes or fails it.
 */
export async function markHomesDirty(
  deps: HomeRefreshDeps & { teamId: string; change: HomeChange },
): Promise<void> {
  const { change, teamId } = deps;
  try {
    const now = deps.clock.now();
    if (!('ownerUserId' in change)) await deps.homeViews.markDirty(teamId, 'all', now);
    else await deps.homeViews.markDirtyFor(teamId, change.ownerUserId, MONEY_KINDS.has(change.kind), now);
  } catch (error) {
    deps.logger.warn({ err: error, teamId: deps.teamId }, 'could not mark Home tabs for a refresh');
  }
}

/** The user opened Home: from now on it is refreshed when its data changes. */
export function recordHomeOpened(
  deps: Pick<HomeRefreshDeps, 'homeViews' | 'clock'> & { teamId: string; userId: string },
): Promise<void> {
  return deps.homeViews.recordOpened(deps.teamId, deps.userId, deps.clock.now());
}

/** Whose Home a refresher publishes, as they would open it themselves; null when they left the team's members. */
export async function homeViewer(
  deps: Pick<HomeRefreshDeps, 'teams'> & { teamId: string; userId: string },
): Promise<{ actor: Actor; team: Team } | null> {
  const [team, member] = await Promise.all([
    deps.teams.ensureTeam(deps.teamId),
    deps.teams.findMember(deps.teamId, deps.userId),
  ]);
  return member ? { actor: toActor(member, team), team } : null;
}

export interface RefreshPolicy {
  /** A Home is re-published at most once per this window, once its first change is this old. */
  debounceMs: number;
  leaseMs: number;
  /** Homes claimed per pass. */
  batchSize: number;
  /** views.publish per minute, below Slack's Tier 4 (~100 per minute per workspace). */
  perMinute: number;
}

export const DEFAULT_REFRESH_POLICY: RefreshPolicy = {
  debounceMs: 30_000,
  leaseMs: 60_000,
  batchSize: 10,
  perMinute: 80,
};

/** The Homes due now, claimed by this refresher. */
export function claimDueHomes(
  deps: Pick<HomeRefreshDeps, 'homeViews'> & { now: Date; policy: RefreshPolicy },
): Promise<ClaimedHome[]> {
  const { policy } = deps;
  return deps.homeViews.claimDue({
    now: deps.now,
    debounceMs: policy.debounceMs,
    leaseMs: policy.leaseMs,
    limit: policy.batchSize,
    perMinute: policy.perMinute,
  });
}

/** How one claimed Home's publish ended. */
export type PublishOutcome =
  | { kind: 'published' }
  | { kind: 'rateLimited'; retryAt: Date }
  | { kind: 'gone' }
  | { kind: 'failed' };

/** Records the outcome: done, due again (at Retry-After, or a debounce later), or forgotten (user gone). */
export async function settleHomePublish(
  deps: Pick<HomeRefreshDeps, 'homeViews' | 'clock'> & {
    home: ClaimedHome;
    outcome: PublishOutcome;
    policy: RefreshPolicy;
  },
): Promise<void> {
  const { home, outcome } = deps;
  if (outcome.kind === 'published') return deps.homeViews.finish(home);
  if (outcome.kind === 'gone') return deps.homeViews.forget(home.teamId, home.userId);
  await deps.homeViews.release(home, {
    now: deps.clock.now(),
    debounceMs: deps.policy.debounceMs,
    ...(outcome.kind === 'rateLimited' ? { retryAt: outcome.retryAt } : {}),
  });
}
