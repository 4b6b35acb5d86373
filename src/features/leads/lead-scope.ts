import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { leads } from '../../db/schema/index.js';

/** Owners whose leads a caller may see: everyone (admins) or an explicit list. */
export type OwnerScope = 'all' | string[];

/** The team's leads whose owner is in `owners`. */
export function scopeFilter(teamId: string, owners: OwnerScope): SQL | undefined {
  if (owners === 'all') return eq(leads.teamId, teamId);
  return and(eq(leads.teamId, teamId), inArray(leads.ownerUserId, owners.length ? owners : ['']));
}
