import type { Clock } from '../../lib/clock.js';
import { visibleOwners } from '../leads/leads.usecases.js';
import type { ServiceRepository } from '../service/service.repository.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { NotTeamAdminError } from '../team/team-admin.errors.js';
import { parseRevisitDays } from './revisit-policy.js';
import {
  RevisitAlreadyLoggedError,
  RevisitChangedError,
  RevisitNotFoundError,
  RevisitPolicyInputError,
} from './revisits.errors.js';
import type { RevisitRepository } from './revisits.repository.js';
import type { LogRevisitInput, Revisit } from './revisits.types.js';

export interface RevisitDeps {
  revisits: RevisitRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** A morning DM lists at most this many due revisits (the oldest first); the rest come the next morning. */
export const MORNING_REVISITS = 10;

/**
 * The revisit, if the caller may log it: its owner (the customer's rep), their manager, admins. Anyone else —
 * finance included — gets the same "not found" as for a revisit that does not exist.
 */
export async function loadVisibleRevisit(
  deps: RevisitDeps & { actor: Actor; revisitId: number },
): Promise<Revisit> {
  const revisit = Number.isSafeInteger(deps.revisitId)
    ? await deps.revisits.findById(deps.actor.teamId, deps.revisitId)
    : undefined;
  const scope = revisit ? await visibleOwners(deps) : [];
  if (!revisit || (scope !== 'all' && !scope.includes(revisit.ownerUserId)))
    throw new RevisitNotFoundError(deps.revisitId);
  return revisit;
}

function alreadyLogged(revisit: Revisit): RevisitAlreadyLoggedError | undefined {
  if (!revisit.loggedAt || !revisit.loggedByUserId || !revisit.outcome) return undefined;
  return new RevisitAlreadyLoggedError(revisit.id, revisit.loggedByUserId, revisit.loggedAt, revisit.outcome);
}

/** "Log revisit" in the morning DM: the revisit the form is built from, refused at once when already logged. */
export async function revisitForLog(
  deps: RevisitDeps & { actor: Actor; revisitId: number },
): Promise<Revisit> {
  const revisit = await loadVisibleRevisit(deps);
  const logged = alreadyLogged(revisit);
  if (logged) throw logged;
  return revisit;
}

/**
 * The form's save: conditional on the version it was built from and on nobody having logged it meanwhile. Two
 * people logging at once: one gets through; the other is told who logged it, when and what they found.
 */
export async function logRevisit(
  deps: RevisitDeps & { actor: Actor; revisitId: number; expectedVersion: number; input: LogRevisitInput },
): Promise<{ revisit: Revisit; startDeal: boolean }> {
  const revisit = await loadVisibleRevisit(deps);
  const logged = await deps.revisits.log({
    teamId: deps.actor.teamId,
    id: revisit.id,
    expectedVersion: deps.expectedVersion,
    outcome: deps.input.outcome,
    note: deps.input.note,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  if (!logged) {
    const now = await deps.revisits.findById(deps.actor.teamId, revisit.id);
    if (!now) throw new RevisitNotFoundError(revisit.id);
    throw alreadyLogged(now) ?? new RevisitChangedError(revisit.id);
  }
  return { revisit: logged, startDeal: deps.input.outcome === 'new_need' && deps.input.startDeal };
}

/** The rep's revisits due on their `date` (their zone's today) and not logged, for their morning DM. */
export async function dueRevisits(deps: {
  revisits: RevisitRepository;
  teamId: string;
  userId: string;
  date: string;
}): Promise<Revisit[]> {
  return deps.revisits.dueFor(deps.teamId, deps.userId, deps.date, MORNING_REVISITS);
}

/** The team's revisit policy: days after delivery (empty = off). Anyone may read it. */
export async function revisitPolicy(deps: { service: ServiceRepository; actor: Actor }): Promise<number[]> {
  return (await deps.service.policy(deps.actor.teamId)).revisitDays;
}

/**
 * `/salesflow revisits 7,30,90` or `off` (admins): the days after delivery new deliveries schedule revisits at.
 * Contracts delivered before keep the revisits they have.
 */
export async function setRevisitPolicy(deps: {
  revisits: RevisitRepository;
  clock: Clock;
  actor: Actor;
  text: string;
}): Promise<{ days: number[] }> {
  if (!deps.actor.isAdmin) throw new NotTeamAdminError(deps.actor.userId);
  const days = parseRevisitDays(deps.text);
  if (!days) throw new RevisitPolicyInputError();
  await deps.revisits.setDays(deps.actor.teamId, days, deps.clock.now());
  return { days };
}
