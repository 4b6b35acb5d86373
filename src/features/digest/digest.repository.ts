import { and, asc, desc, eq, gte, inArray, isNotNull, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  type ActivityKind,
  activities,
  approvalRequests,
  approvalSteps,
  leads,
  members,
  OPEN_STAGES,
  STAGES,
  type Stage,
  teams,
} from '../../db/schema/index.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import type { Team } from '../team/team.types.js';
import type {
  CountAndValue,
  DateWindow,
  LeadLine,
  LeadSection,
  LostReasonCount,
  OverdueByRep,
  PendingApproval,
  RepDay,
  StageMove,
} from './digest.types.js';

export type DigestRepository = ReturnType<typeof createDigestRepository>;

/** Activity kinds a rep logs when they reach a customer: the "contacts made" column. */
export const CONTACT_KINDS: readonly ActivityKind[] = ['call', 'visit', 'email', 'meeting'];
const CLOSED: Stage[] = ['won', 'lost'];

const count = () => sql<number>`count(*)`.mapWith(Number);
const sumOf = (value: SQL) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number);
const estimated = sql`coalesce(${leads.estimatedValue}, 0)`;
const wonValue = sql`coalesce(${leads.wonAmount}, ${leads.estimatedValue}, 0)`;

function ownersOf(teamId: string, owners: OwnerScope): SQL | undefined {
  if (owners === 'all') return eq(leads.teamId, teamId);
  return and(eq(leads.teamId, teamId), inArray(leads.ownerUserId, owners.length ? owners : ['']));
}

function inWindow(column: typeof activities.occurredAt | typeof leads.createdAt, window: DateWindow) {
  return and(gte(column, window.from), lt(column, window.to));
}

const lineColumns = {
  id: leads.id,
  companyName: leads.companyName,
  ownerUserId: leads.ownerUserId,
  stage: leads.stage,
  value: leads.estimatedValue,
  currency: leads.currency,
  lostReason: leads.lostReason,
  lastActivityAt: leads.lastActivityAt,
  expectedCloseDate: leads.expectedCloseDate,
  nextFollowUpOn: leads.nextFollowUpOn,
};

/**
 * The digest's numbers. Every figure is a SQL aggregate over indexed columns (activities by team and time,
 * leads by team and stage or creation time); only the few leads a message names are read as rows.
 */
export function createDigestRepository({ db }: { db: Db }) {
  /** Leads closed as `outcome` in the window: the latest won/lost activity per lead, lead still closed so. */
  function closedIn(teamId: string, outcome: 'won' | 'lost', window: DateWindow) {
    return db
      .select({
        leadId: activities.leadId,
        closedAt: sql<Date>`max(${activities.occurredAt})`.as('outcome_at'),
      })
      .from(activities)
      .where(
        and(
          eq(activities.teamId, teamId),
          eq(activities.kind, outcome),
          inWindow(activities.occurredAt, window),
        ),
      )
      .groupBy(activities.leadId)
      .as(`closed_${outcome}`);
  }

  async function closedSection(
    teamId: string,
    owners: OwnerScope,
    outcome: 'won' | 'lost',
    window: DateWindow,
    limit: number,
  ): Promise<LeadSection & { averageCycleDays: number | null }> {
    const closed = closedIn(teamId, outcome, window);
    const value = outcome === 'won' ? wonValue : estimated;
    const where = and(ownersOf(teamId, owners), eq(leads.stage, outcome));
    const join = and(eq(leads.teamId, teamId), eq(leads.id, closed.leadId));
    const [totals] = await db
      .select({
        count: count(),
        value: sumOf(value),
        averageCycleDays: sql<
          number | null
        >`avg(extract(epoch from (${closed.closedAt} - ${leads.createdAt}))) / 86400`,
      })
      .from(closed)
      .innerJoin(leads, join)
      .where(where);
    const rows = await db
      .select({ ...lineColumns, value: sql<number>`${value}`.mapWith(Number) })
      .from(closed)
      .innerJoin(leads, join)
      .where(where)
      .orderBy(desc(value), asc(leads.id))
      .limit(limit);
    const average = totals?.averageCycleDays;
    return {
      count: totals?.count ?? 0,
      value: totals?.value ?? 0,
      averageCycleDays: average === null || average === undefined ? null : Number(average),
      leads: rows,
    };
  }

  return {
    closedSection,

    async newLeads(
      teamId: string,
      owners: OwnerScope,
      window: DateWindow,
      limit: number,
    ): Promise<LeadSection> {
      const where = and(ownersOf(teamId, owners), inWindow(leads.createdAt, window));
      const [totals] = await db
        .select({ count: count(), value: sumOf(estimated) })
        .from(leads)
        .where(where);
      const rows = await db
        .select(lineColumns)
        .from(leads)
        .where(where)
        .orderBy(asc(leads.createdAt))
        .limit(limit);
      return { count: totals?.count ?? 0, value: totals?.value ?? 0, leads: rows };
    },

    async stageMoves(teamId: string, owners: OwnerScope, window: DateWindow): Promise<StageMove[]> {
      return db
        .select({ fromStage: activities.fromStage, toStage: activities.toStage, count: count() })
        .from(activities)
        .innerJoin(leads, and(eq(leads.teamId, activities.teamId), eq(leads.id, activities.leadId)))
        .where(
          and(
            eq(activities.teamId, teamId),
            eq(activities.kind, 'stage_changed'),
            inWindow(activities.occurredAt, window),
            ownersOf(teamId, owners),
          ),
        )
        .groupBy(activities.fromStage, activities.toStage)
        .orderBy(desc(count()), asc(activities.fromStage), asc(activities.toStage));
    },

    async lostReasons(
      teamId: string,
      owners: OwnerScope,
      window: DateWindow,
      limit: number,
    ): Promise<LostReasonCount[]> {
      const closed = closedIn(teamId, 'lost', window);
      return db
        .select({ reason: leads.lostReason, count: count(), value: sumOf(estimated) })
        .from(closed)
        .innerJoin(leads, and(eq(leads.teamId, teamId), eq(leads.id, closed.leadId)))
        .where(and(ownersOf(teamId, owners), eq(leads.stage, 'lost')))
        .groupBy(leads.lostReason)
        .orderBy(desc(count()), asc(leads.lostReason))
        .limit(limit);
    },

    /** Open leads per stage: count and total estimated value. */
    async pipelineByStage(teamId: string, owners: OwnerScope): Promise<(CountAndValue & { stage: Stage })[]> {
      return db
        .select({ stage: leads.stage, count: count(), value: sumOf(estimated) })
        .from(leads)
        .where(and(ownersOf(teamId, owners), inArray(leads.stage, [...OPEN_STAGES])))
        .groupBy(leads.stage);
    },

    /** Open leads with no activity since `staleBefore`, or past their expected close date (`today`). */
    async stale(
      teamId: string,
      owners: OwnerScope,
      staleBefore: Date,
      today: string,
      limit: number,
    ): Promise<LeadSection> {
      const where = and(
        ownersOf(teamId, owners),
        notInArray(leads.stage, CLOSED),
        or(lt(leads.lastActivityAt, staleBefore), lt(leads.expectedCloseDate, today)),
      );
      const [totals] = await db
        .select({ count: count(), value: sumOf(estimated) })
        .from(leads)
        .where(where);
      const rows = await db
        .select(lineColumns)
        .from(leads)
        .where(where)
        .orderBy(asc(leads.lastActivityAt), asc(leads.id))
        .limit(limit);
      return { count: totals?.count ?? 0, value: totals?.value ?? 0, leads: rows };
    },

    /** Each rep's work in the window, from the activities they performed themselves. */
    async repActivity(teamId: string, actors: OwnerScope, window: DateWindow): Promise<RepDay[]> {
      const kindCount = (kinds: readonly ActivityKind[]) =>
        sql<number>`count(*) filter (where ${inArray(activities.kind, [...kinds])})`.mapWith(Number);
      const counted: ActivityKind[] = [
        'created',
        ...CONTACT_KINDS,
        'needs_updated',
        'demo',
        'quote_sent',
        'won',
      ];
      return db
        .select({
          userId: activities.actorUserId,
          newProspects: kindCount(['created']),
          contacts: kindCount(CONTACT_KINDS),
          needsAnalyses: kindCount(['needs_updated']),
          demos: kindCount(['demo']),
          quotes: kindCount(['quote_sent']),
          won: kindCount(['won']),
        })
        .from(activities)
        .where(
          and(
            eq(activities.teamId, teamId),
            inWindow(activities.occurredAt, window),
            inArray(activities.kind, counted),
            actors === 'all' ? undefined : inArray(activities.actorUserId, actors.length ? actors : ['']),
          ),
        )
        .groupBy(activities.actorUserId)
        .orderBy(asc(activities.actorUserId));
    },

    /** Open leads of `owners` whose follow-up date is before `today`: per owner, and the oldest few. */
    async overdueFollowUps(
      teamId: string,
      owners: OwnerScope,
      today: string,
      limit: number,
    ): Promise<{ total: number; byRep: OverdueByRep[]; leads: LeadLine[] }> {
      const where = and(
        ownersOf(teamId, owners),
        notInArray(leads.stage, CLOSED),
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
          leadId: approvalRequests.leadId,
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

    /**
     * Moves out of each stage in the window (stage_changed activities), and how many of them went forward:
     * to a later stage or to won. Moves back and to lost are not conversions.
     */
    async stageConversions(
      teamId: string,
      window: DateWindow,
    ): Promise<{ fromStage: string; movedOut: number; advanced: number }[]> {
      const order = sql.raw(
        `array[${STAGES.filter((s) => s !== 'lost')
          .map((s) => `'${s}'`)
          .join(',')}]::text[]`,
      );
      return db
        .select({
          fromStage: sql<string>`${activities.fromStage}`,
          movedOut: count(),
          advanced:
            sql<number>`count(*) filter (where coalesce(array_position(${order}, ${activities.toStage}), 0) > coalesce(array_position(${order}, ${activities.fromStage}), 0))`.mapWith(
              Number,
            ),
        })
        .from(activities)
        .where(
          and(
            eq(activities.teamId, teamId),
            eq(activities.kind, 'stage_changed'),
            isNotNull(activities.fromStage),
            inWindow(activities.occurredAt, window),
          ),
        )
        .groupBy(activities.fromStage);
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
