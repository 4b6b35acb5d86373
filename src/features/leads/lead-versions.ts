import type { Actor } from '../team/team.types.js';
import { StaleLeadError } from './leads.errors.js';
import type { LeadRepository } from './leads.repository.js';
import type { Lead } from './leads.types.js';

/** What a form or card knew about the lead when it was built: the version, and when. */
export interface SeenVersion {
  version: number;
  /** When the view was built, to tell the user what was recorded since. */
  seenAt?: Date;
}

/** How many of the changes since a stale view was built the user is shown. */
const CHANGES_SHOWN = 3;

/** The refusal of a stale write: the lead as it is now, and what was recorded on it since the view was built. */
export async function staleLeadError(
  deps: { leads: LeadRepository; actor: Actor },
  current: Lead,
  seen: SeenVersion | undefined,
): Promise<StaleLeadError> {
  const since = seen?.seenAt ?? new Date(0);
  const changes = await deps.leads.activitiesSince(deps.actor.teamId, current.id, since, 50);
  return new StaleLeadError(current, changes.slice(-CHANGES_SHOWN));
}

/** Refuses at once when the caller's view is older than the lead they just loaded. */
export async function assertSeenCurrent(
  deps: { leads: LeadRepository; actor: Actor },
  lead: Lead,
  seen: SeenVersion | undefined,
): Promise<void> {
  if (seen && seen.version !== lead.version) throw await staleLeadError(deps, lead, seen);
}

/**
 * After a guarded write matched no row: the lead changed between our read and our write (or was deleted).
 * Explains with the lead as it is now.
 */
export async function refuseLostRace(
  deps: { leads: LeadRepository; actor: Actor },
  leadId: number,
  seen: SeenVersion | undefined,
  notFound: () => Error,
): Promise<never> {
  const current = await deps.leads.findById(deps.actor.teamId, leadId);
  if (!current) throw notFound();
  throw await staleLeadError(deps, current, seen);
}
