import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { leads } from '../../db/schema/index.js';
import { type OwnerScope, scopeFilter } from './lead-scope.js';
import type { Lead, Stage } from './leads.types.js';

/** Follow-ups due and the pipeline by stage, as the reminders and App Home read them; part of the lead repository. */
export function createLeadPipelineReads({ db }: { db: Db }) {
  return {
    /** Open leads of the given owners due for follow-up on or before `date`. */
    async dueForFollowUp(teamId: string, owners: OwnerScope, date: string, limit: number): Promise<Lead[]> {
      const rows = await db
        .select()
        .from(leads)
        .where(
          and(
            scopeFilter(teamId, owners),
            notInArray(leads.stage, ['won', 'lost']),
            sql`${leads.nextFollowUpOn} <= ${date}`,
          ),
        )
        .orderBy(leads.nextFollowUpOn, leads.id)
        .limit(limit);
      return rows as Lead[];
    },

    /** How many open leads of `owners` are due today and how many are overdue, however many there are. */
    async dueCounts(
      teamId: string,
      owners: OwnerScope,
      today: string,
    ): Promise<{ overdue: number; today: number }> {
      const [row] = await db
        .select({
          overdue: sql<number>`count(*) filter (where ${leads.nextFollowUpOn} < ${today})`.mapWith(Number),
          today: sql<number>`count(*) filter (where ${leads.nextFollowUpOn} = ${today})`.mapWith(Number),
        })
        .from(leads)
        .where(
          and(
            scopeFilter(teamId, owners),
            notInArray(leads.stage, ['won', 'lost']),
            sql`${leads.nextFollowUpOn} <= ${today}`,
          ),
        );
      return { overdue: row?.overdue ?? 0, today: row?.today ?? 0 };
    },

    /** Open leads due exactly on `date` (dueForFollowUp lists everything due up to it, oldest first). */
    async dueOn(teamId: string, owners: OwnerScope, date: string, limit: number): Promise<Lead[]> {
      const rows = await db
        .select()
        .from(leads)
        .where(
          and(
            scopeFilter(teamId, owners),
            notInArray(leads.stage, ['won', 'lost']),
            eq(leads.nextFollowUpOn, date),
          ),
        )
        .orderBy(leads.id)
        .limit(limit);
      return rows as Lead[];
    },

    /** Lead count and estimated value per stage and currency, for the App Home pipeline. */
    async pipelineByStage(
      teamId: string,
      owners: OwnerScope,
    ): Promise<{ stage: Stage; currency: string | null; count: number; value: number }[]> {
      const rows = await db
        .select({
          stage: leads.stage,
          currency: leads.currency,
          count: sql<number>`count(*)`.mapWith(Number),
          value: sql<number>`coalesce(sum(${leads.estimatedValue}), 0)`.mapWith(Number),
        })
        .from(leads)
        .where(scopeFilter(teamId, owners))
        .groupBy(leads.stage, leads.currency);
      return rows;
    },

    async countByStage(teamId: string, owners: OwnerScope): Promise<Record<string, number>> {
      const rows = await db
        .select({ stage: leads.stage, count: sql<number>`count(*)`.mapWith(Number) })
        .from(leads)
        .where(scopeFilter(teamId, owners))
        .groupBy(leads.stage);
      return Object.fromEntries(rows.map((row) => [row.stage, row.count]));
    },
  };
}
