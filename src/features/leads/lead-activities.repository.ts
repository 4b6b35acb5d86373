import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities } from '../../db/schema/index.js';
import type { Activity } from './leads.types.js';

/** A lead's history as the card and a refused stale form read it; part of the lead repository. */
export function createLeadActivityReads({ db }: { db: Db }) {
  return {
    /** What was recorded on the lead after `since` (oldest first): how a stale form learns what changed. */
    async activitiesSince(teamId: string, leadId: number, since: Date, limit: number): Promise<Activity[]> {
      const rows = await db
        .select()
        .from(activities)
        .where(
          and(eq(activities.teamId, teamId), eq(activities.leadId, leadId), gt(activities.createdAt, since)),
        )
        .orderBy(activities.createdAt, activities.id)
        .limit(limit);
      return rows as Activity[];
    },

    async recentActivities(teamId: string, leadId: number, limit: number): Promise<Activity[]> {
      const rows = await db
        .select()
        .from(activities)
        .where(and(eq(activities.teamId, teamId), eq(activities.leadId, leadId)))
        .orderBy(desc(activities.occurredAt), desc(activities.id))
        .limit(limit);
      return rows as Activity[];
    },
  };
}
