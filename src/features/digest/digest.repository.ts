import { and, asc, desc, eq, inArray, isNotNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads } from '../../db/schema/index.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import { type ActivityKind, OPEN_STAGES, STAGES, type Stage } from '../leads/leads.types.js';
import type {
  CountAndValue,
  DateWindow,
  LeadSection,
  LostReasonCount,
  RepDay,
  StageMove,
} from './digest.types.js';
import { createDigestPeopleQueries } from './digest-people.repository.js';
import {
  CLOSED_STAGES,
  CONTACT_KINDS,
  count,
  estimated,
  inWindow,
  lineColumns,
  ownersOf,
  sumOf,
  wonValue,
} from './digest-sql.js';

export { CONTACT_KINDS };
export type DigestRepository = ReturnType<typeof createDigestRepository>;

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
        notInArray(leads.stage, CLOSED_STAGES),
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

    ...createDigestPeopleQueries({ db }),
  };
}
