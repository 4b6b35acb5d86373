import { and, asc, desc, eq, inArray, isNotNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, approvalRequests, approvalSteps, leads, members, teams } from '../../db/schema/index.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import type { Team } from '../team/team.types.js';
import type { DateWindow, LeadLine, OverdueByRep, PendingApproval } from './digest.types.js';
import { CLOSED_STAGES, count, inWindow, lineColumns, ownersOf } from './digest-sql.js';

/** The digest's questions about people: who is late, who is quiet, who waits on whom, which teams exist. */
export function createDigestPeopleQueries({ db }: { db: Db }) {
  return {
    /** Open leads of `owners` whose follow-up date is before `today`: per owner, and the oldest few. */
    async overdueFollowUps(
      teamId: string,
      owners: OwnerScope,
      today: string,
      limit: number,
    ): Promise<{ total: number; byRep: OverdueByRep[]; leads: LeadLine[] }> {
      const where = and(
        ownersOf(teamId, owners),
        notInArray(leads.stage, CLOSED_STAGES),
        lt(leads.nextFollowUpOn, today),
      );
      const byRep = await db
        .select({ userId: leads.ownerUserId, count: count() })
        .from(leads)
        .where(where)
        .groupBy(leads.ownerUserId)
        .orderBy(desc(count()), asc(leads.ownerUserId));
      const rows = await db
        .select(lineColumns)
        .from(leads)
        .where(where)
        .orderBy(asc(leads.nextFollowUpOn), asc(leads.id))
        .limit(limit);
      return { total: byRep.reduce((sum, rep) => sum + rep.count, 0), byRep, leads: rows };
    },

    /**
     * Reps the three-day rule applies to: role `rep`, with a manager, already a member before `since`, and not
     * on vacation during the period (`vacationUntil` before `sinceDate`).
     */
    async repsWithManagers(
      teamId: string,
      since: Date,
      sinceDate: string,
    ): Promise<{ userId: string; managerUserId: string }[]> {
      const rows = await db
        .select({ userId: members.userId, managerUserId: members.managerUserId })
        .from(members)
        .where(
          and(
            eq(members.teamId, teamId),
            eq(members.role, 'rep'),
            isNotNull(members.managerUserId),
            lt(members.createdAt, since),
            or(sql`${members.vacationUntil} is null`, lt(members.vacationUntil, sinceDate)),
          ),
        )
        .orderBy(asc(members.userId));
      return rows.flatMap((row) =>
        row.managerUserId ? [{ userId: row.userId, managerUserId: row.managerUserId }] : [],
      );
    },

    /**
     * Which of `owners` found a high-intent lead in the window: a lead they own, high intent now, that was
     * created in the window or whose intent was set in it (an `edited` activity listing `intent` among its
     * fields, or any activity whose details say `intent: high`, as the needs analysis writes).
     */
    async highIntentFinders(teamId: string, owners: string[], window: DateWindow): Promise<Set<string>> {
      if (owners.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ userId: leads.ownerUserId })
        .from(activities)
        .innerJoin(leads, and(eq(leads.teamId, activities.teamId), eq(leads.id, activities.leadId)))
        .where(
          and(
            eq(activities.teamId, teamId),
            inWindow(activities.occurredAt, window),
            eq(leads.intent, 'high'),
            inArray(leads.ownerUserId, owners),
            or(
              eq(activities.kind, 'created'),
              sql`coalesce(${activities.details} -> 'fields', '[]'::jsonb) @> '["intent"]'::jsonb`,
              sql`${activities.details} ->> 'intent' = 'high'`,
            ),
          ),
        );
      return new Set(rows.map((row) => row.userId));
    },

    /** Requests whose current step waits for a decision; `approver` narrows to one approver's desk. */
    async pendingApprovals(teamId: string, approver?: string): Promise<PendingApproval[]> {
      return db
        .select({
          id: approvalRequests.id,
          // The join below keeps requests about a lead only (a commission sheet has none).
          leadId: leads.id,
          companyName: leads.companyName,
          kind: approvalRequests.kind,
          requestedByUserId: approvalRequests.requesterUserId,
          approverUserId: approvalSteps.approverUserId,
          requestedAt:
            sql<Date>`coalesce(${approvalSteps.activatedAt}, ${approvalRequests.createdAt})`.mapWith(
              (value: string | Date) => new Date(value),
            ),
        })
        .from(approvalRequests)
        .innerJoin(
          approvalSteps,
          and(
            eq(approvalSteps.teamId, approvalRequests.teamId),
            eq(approvalSteps.requestId, approvalRequests.id),
            eq(approvalSteps.revision, approvalRequests.revision),
            eq(approvalSteps.step, approvalRequests.currentStep),
          ),
        )
        .innerJoin(
          leads,
          and(eq(leads.teamId, approvalRequests.teamId), eq(leads.id, approvalRequests.leadId)),
        )
        .where(
          and(
            eq(approvalRequests.teamId, teamId),
            eq(approvalRequests.status, 'pending'),
            eq(approvalSteps.status, 'pending'),
            approver ? eq(approvalSteps.approverUserId, approver) : undefined,
          ),
        )
        .orderBy(asc(approvalRequests.createdAt), asc(approvalRequests.id));
    },

    /** Every team, for the scheduler to find whose digest is due. */
    async listTeams(): Promise<Team[]> {
      return db.select().from(teams).orderBy(asc(teams.teamId));
    },

    /** Managers of the team: everyone someone reports to. */
    async listManagers(teamId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ userId: members.managerUserId })
        .from(members)
        .where(and(eq(members.teamId, teamId), isNotNull(members.managerUserId)));
      return rows.flatMap((row) => (row.userId ? [row.userId] : [])).sort();
    },
  };
}
