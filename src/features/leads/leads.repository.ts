import { and, desc, eq, inArray, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads } from '../../db/schema/index.js';
import { createLeadActivityReads } from './lead-activities.repository.js';
import { createLeadPipelineReads } from './lead-pipeline.repository.js';
import { type OwnerScope, scopeFilter } from './lead-scope.js';

export type { OwnerScope };

import type { ActivityKind, Lead, LeadInput, Stage } from './leads.types.js';

export interface NewActivity {
  actorUserId: string;
  kind: ActivityKind;
  note?: string | null;
  fromStage?: string | null;
  toStage?: string | null;
  details?: Record<string, unknown>;
  occurredAt?: Date;
}

export interface LeadQuery {
  owners: OwnerScope;
  text?: string;
  stages?: readonly Stage[];
  /** Open leads with no activity since `staleBefore`, or past their expected close date (`today`). */
  stale?: { staleBefore: Date; today: string };
  limit: number;
  offset?: number;
}

export type LeadChanges = Partial<Omit<Lead, 'id' | 'teamId' | 'createdAt' | 'createdByUserId' | 'version'>>;

/** Conditions a write must still find true; when one does not hold, nothing is written. */
export interface WriteGuard {
  /** The stage the caller read (two moves from the same stage cannot both win). */
  expectedStage?: Stage;
  /** The version the form or card was built from (DESIGN.md, rule 11). */
  expectedVersion?: number;
}

/** Every change to a lead's own fields moves its version on, so views built before it are recognised as stale. */
export const nextVersion = sql`${leads.version} + 1`;

export function searchTextOf(
  lead: Pick<LeadInput, 'companyName' | 'contactName' | 'phone' | 'email'>,
): string {
  return [lead.companyName, lead.contactName, lead.phone, lead.email].filter(Boolean).join(' ').toLowerCase();
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type LeadRepository = ReturnType<typeof createLeadRepository>;

export function createLeadRepository({ db }: { db: Db }) {
  return {
    ...createLeadActivityReads({ db }),
    ...createLeadPipelineReads({ db }),
    async create(
      teamId: string,
      ownerUserId: string,
      input: LeadInput,
      activity: NewActivity,
    ): Promise<Lead> {
      return db.transaction(async (tx) => {
        const [lead] = await tx
          .insert(leads)
          .values({
            ...input,
            teamId,
            ownerUserId,
            createdByUserId: ownerUserId,
            searchText: searchTextOf(input),
            // The app's clock, not the database's, so "stale" and ordering agree with the rest of the app.
            ...(activity.occurredAt
              ? {
                  lastActivityAt: activity.occurredAt,
                  stageChangedAt: activity.occurredAt,
                  createdAt: activity.occurredAt,
                }
              : {}),
          })
          .returning();
        if (!lead) throw new Error('insert returned no lead');
        await tx.insert(activities).values({ ...activity, teamId, leadId: lead.id });
        return lead as Lead;
      });
    },

    async findById(teamId: string, leadId: number): Promise<Lead | undefined> {
      const [lead] = await db
        .select()
        .from(leads)
        .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId)));
      return lead as Lead | undefined;
    },

    async query(teamId: string, query: LeadQuery): Promise<{ leads: Lead[]; total: number }> {
      const conditions: (SQL | undefined)[] = [scopeFilter(teamId, query.owners)];
      if (query.text) conditions.push(sql`${leads.searchText} like ${likePattern(query.text)} escape '\\'`);
      if (query.stages) conditions.push(inArray(leads.stage, [...query.stages]));
      if (query.stale) {
        conditions.push(notInArray(leads.stage, ['won', 'lost']));
        conditions.push(
          or(
            lt(leads.lastActivityAt, query.stale.staleBefore),
            lt(leads.expectedCloseDate, query.stale.today),
          ),
        );
      }
      const where = and(...conditions);
      const offset = query.offset ?? 0;
      // The page and the total are two queries: `count(*) over ()` would make Postgres build every matching row
      // (all columns) before cutting the page, which for a common search term is most of the table.
      const rows = await db
        .select()
        .from(leads)
        .where(where)
        .orderBy(desc(leads.lastActivityAt), desc(leads.id))
        .limit(query.limit)
        .offset(offset);
      // A short, non-empty page is the last one: its rows tell the total without counting.
      const lastPage = rows.length > 0 && rows.length < query.limit;
      const total =
        lastPage || (rows.length === 0 && offset === 0)
          ? offset + rows.length
          : ((
              await db
                .select({ total: sql<number>`count(*)`.mapWith(Number) })
                .from(leads)
                .where(where)
            )[0]?.total ?? 0);
      return { leads: rows as Lead[], total };
    },

    /**
     * Applies `changes` and records `activity` in one transaction, conditional on `guard`: undefined means the
     * lead is not there or no longer what the caller read, and nothing was written.
     */
    async update(
      teamId: string,
      leadId: number,
      changes: LeadChanges,
      activity: NewActivity | null,
      guard: WriteGuard = {},
    ): Promise<Lead | undefined> {
      return db.transaction(async (tx) => {
        const now = activity?.occurredAt ?? new Date();
        const searchFields = ['companyName', 'contactName', 'phone', 'email'] as const;
        const touchesSearch = searchFields.some((field) => field in changes);
        const conditions = [eq(leads.teamId, teamId), eq(leads.id, leadId)];
        if (guard.expectedStage) conditions.push(eq(leads.stage, guard.expectedStage));
        if (guard.expectedVersion !== undefined) conditions.push(eq(leads.version, guard.expectedVersion));
        const [lead] = await tx
          .update(leads)
          .set({
            ...changes,
            // Only the edit use case changes these, and it always sends all four together.
            ...(touchesSearch ? { searchText: searchTextOf(changes as LeadInput) } : {}),
            ...(activity ? { lastActivityAt: now } : {}),
            updatedAt: new Date(),
            version: nextVersion,
          })
          .where(and(...conditions))
          .returning();
        if (!lead) return undefined;
        if (activity) await tx.insert(activities).values({ ...activity, teamId, leadId, occurredAt: now });
        return lead as Lead;
      });
    },

    async addActivity(teamId: string, leadId: number, activity: NewActivity): Promise<void> {
      await db.transaction(async (tx) => {
        const occurredAt = activity.occurredAt ?? new Date();
        await tx.insert(activities).values({ ...activity, teamId, leadId, occurredAt });
        await tx
          .update(leads)
          .set({ lastActivityAt: sql`greatest(${leads.lastActivityAt}, ${occurredAt})` })
          .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId)));
      });
    },

    /**
     * Records several activities and applies `changes` in one transaction, conditional on `guard`. Unlike
     * `update`, an activity logged for an earlier time never moves `last_activity_at` backwards, and history
     * alone (no field changed) leaves the version as it is.
     */
    async record(
      teamId: string,
      leadId: number,
      entries: NewActivity[],
      changes: LeadChanges = {},
      guard: WriteGuard = {},
    ): Promise<Lead | undefined> {
      return db.transaction(async (tx) => {
        const latest = new Date(
          Math.max(...entries.map((entry) => (entry.occurredAt ?? new Date()).getTime())),
        );
        const [lead] = await tx
          .update(leads)
          .set({
            ...changes,
            lastActivityAt: sql`greatest(${leads.lastActivityAt}, ${latest})`,
            updatedAt: new Date(),
            ...(Object.keys(changes).length > 0 ? { version: nextVersion } : {}),
          })
          .where(
            and(
              eq(leads.teamId, teamId),
              eq(leads.id, leadId),
              guard.expectedVersion === undefined ? undefined : eq(leads.version, guard.expectedVersion),
            ),
          )
          .returning();
        if (!lead) return undefined;
        for (const entry of entries)
          await tx
            .insert(activities)
            .values({ ...entry, teamId, leadId, occurredAt: entry.occurredAt ?? new Date() });
        return lead as Lead;
      });
    },

    async setThread(teamId: string, leadId: number, channelId: string, threadTs: string): Promise<void> {
      await db
        .update(leads)
        .set({ channelId, threadTs })
        .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId)));
    },
  };
}
