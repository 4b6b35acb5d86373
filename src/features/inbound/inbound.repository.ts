import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parseTextArray } from '../../db/pg-arrays.js';
import { activities, inboundRequests, inboundSources, leads, outbox } from '../../db/schema/index.js';
import { searchTextOf } from '../leads/leads.repository.js';
import type { Lead, LeadInput } from '../leads/leads.types.js';
import { IDEMPOTENCY_RETENTION_HOURS, type InboundAnswer, type InboundSource } from './inbound.types.js';

type Rows<T> = { rows: T[] };

export type InboundRepository = ReturnType<typeof createInboundRepository>;

export function createInboundRepository({ db }: { db: Db }) {
  return {
    async findSource(teamId: string): Promise<InboundSource | undefined> {
      const [row] = await db.select().from(inboundSources).where(eq(inboundSources.teamId, teamId));
      return row;
    },

    async findSourceByKeyId(keyId: string): Promise<InboundSource | undefined> {
      const [row] = await db.select().from(inboundSources).where(eq(inboundSources.keyId, keyId));
      return row;
    },

    /** Creates the team's secret, or replaces it (the old one stops working at once); the pool is kept. */
    async saveSecret(input: {
      teamId: string;
      keyId: string;
      secretHash: string;
      userId: string;
      now: Date;
    }): Promise<InboundSource> {
      const [row] = await db
        .insert(inboundSources)
        .values({
          teamId: input.teamId,
          keyId: input.keyId,
          secretHash: input.secretHash,
          createdByUserId: input.userId,
          createdAt: input.now,
          rotatedAt: input.now,
        })
        .onConflictDoUpdate({
          target: inboundSources.teamId,
          set: { keyId: input.keyId, secretHash: input.secretHash, rotatedAt: input.now },
        })
        .returning();
      if (!row) throw new Error('upsert returned no inbound source');
      return row;
    },

    async setPool(teamId: string, userIds: string[]): Promise<InboundSource | undefined> {
      const [row] = await db
        .update(inboundSources)
        .set({ poolUserIds: userIds })
        .where(eq(inboundSources.teamId, teamId))
        .returning();
      return row;
    },

    async deleteSource(teamId: string): Promise<boolean> {
      const rows = await db
        .delete(inboundSources)
        .where(eq(inboundSources.teamId, teamId))
        .returning({ teamId: inboundSources.teamId });
      return rows.length > 0;
    },

    /**
     * Counts one request in the team's current minute and returns the count so far: one statement, so instances
     * sharing the database count together. The first request of a minute also clears windows over an hour old
     * and idempotency keys past their retention.
     */
    async countRequest(teamId: string, windowStart: Date): Promise<number> {
      const result = (await db.execute(sql`
        insert into inbound_rate_windows (team_id, window_start, count) values (${teamId}, ${windowStart.toISOString()}, 1)
        on conflict (team_id, window_start) do update set count = inbound_rate_windows.count + 1
        returning count`)) as unknown as Rows<{ count: number | string }>;
      const count = Number(result.rows[0]?.count ?? 0);
      if (count === 1) {
        const hourAgo = new Date(windowStart.getTime() - 60 * 60_000).toISOString();
        const expired = new Date(
          windowStart.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000,
        ).toISOString();
        await db.execute(
          sql`delete from inbound_rate_windows where team_id = ${teamId} and window_start < ${hourAgo}`,
        );
        await db.execute(
          sql`delete from inbound_requests where team_id = ${teamId} and created_at < ${expired}`,
        );
      }
      return count;
    },

    /** The answer stored for an idempotency key, with the hash of the body it was made for. */
    async findRequest(
      teamId: string,
      idempotencyKey: string,
    ): Promise<{ requestHash: string; answer: InboundAnswer; leadId: number | null } | undefined> {
      const [row] = await db
        .select()
        .from(inboundRequests)
        .where(and(eq(inboundRequests.teamId, teamId), eq(inboundRequests.idempotencyKey, idempotencyKey)));
      return row
        ? {
            requestHash: row.requestHash,
            answer: { status: row.statusCode, body: row.response },
            leadId: row.leadId,
          }
        : undefined;
    },

    /**
     * In one transaction: claims the idempotency key (if any; `false` when another request already holds it — the
     * caller then reads that one's answer), picks the next rep of the pool (one conditional statement: each
     * concurrent request gets its own turn), creates the lead and its `created` activity, and stores the answer.
     */
    async createLead(input: {
      teamId: string;
      idempotency: { key: string; requestHash: string } | null;
      lead: LeadInput;
      fallbackOwner: string;
      now: Date;
      answer: (lead: Lead) => InboundAnswer;
    }): Promise<{ claimed: false } | { claimed: true; lead: Lead; answer: InboundAnswer }> {
      const { teamId, now } = input;
      return db.transaction(async (tx) => {
        if (input.idempotency) {
          const claimed = await tx
            .insert(inboundRequests)
            .values({
              teamId,
              idempotencyKey: input.idempotency.key,
              requestHash: input.idempotency.requestHash,
              statusCode: 0,
              response: {},
              createdAt: now,
            })
            .onConflictDoNothing()
            .returning({ key: inboundRequests.idempotencyKey });
          if (claimed.length === 0) return { claimed: false };
        }
        const turn = (await tx.execute(sql`
          update inbound_sources set assign_counter = assign_counter + 1 where team_id = ${teamId}
          returning assign_counter, pool_user_ids`)) as unknown as Rows<{
          assign_counter: number | string;
          pool_user_ids: unknown;
        }>;
        const pool = parseTextArray(turn.rows[0]?.pool_user_ids);
        const counter = Number(turn.rows[0]?.assign_counter ?? 1);
        const owner =
          pool.length > 0 ? (pool[(counter - 1) % pool.length] ?? input.fallbackOwner) : input.fallbackOwner;
        const [lead] = await tx
          .insert(leads)
          .values({
            ...input.lead,
            teamId,
            ownerUserId: owner,
            createdByUserId: owner,
            searchText: searchTextOf(input.lead),
            lastActivityAt: now,
            stageChangedAt: now,
            createdAt: now,
          })
          .returning();
        if (!lead) throw new Error('insert returned no lead');
        await tx.insert(activities).values({
          teamId,
          leadId: lead.id,
          actorUserId: owner,
          kind: 'created',
          toStage: 'new',
          details: { via: 'inbound' },
          occurredAt: now,
        });
        const answer = input.answer(lead as Lead);
        if (input.idempotency)
          await tx
            .update(inboundRequests)
            .set({ statusCode: answer.status, response: answer.body, leadId: lead.id })
            .where(
              and(
                eq(inboundRequests.teamId, teamId),
                eq(inboundRequests.idempotencyKey, input.idempotency.key),
              ),
            );
        return { claimed: true, lead: lead as Lead, answer };
      });
    },

    /** Lead cards the outbox posted since `since` whose lead does not know its thread yet. */
    async postedCardsWithoutThread(
      since: Date,
    ): Promise<{ teamId: string; leadId: number; channelId: string; threadTs: string }[]> {
      const result = (await db.execute(sql`
        select o.team_id, o.idempotency_key, o.response from ${outbox} o
        where o.idempotency_key like 'lead-card:%' and o.status = 'sent' and o.sent_at >= ${since.toISOString()}
          and exists (select 1 from ${leads} l where l.team_id = o.team_id
                        and l.id = case when split_part(o.idempotency_key, ':', 2) ~ '^[0-9]{1,18}$'
                                        then split_part(o.idempotency_key, ':', 2)::bigint end
                        and l.thread_ts is null)
        order by o.sent_at limit 200`)) as unknown as Rows<{
        team_id: string;
        idempotency_key: string;
        response: { channel?: unknown; ts?: unknown } | null;
      }>;
      return result.rows.flatMap((row) => {
        const leadId = Number(row.idempotency_key.split(':')[1]);
        const { channel, ts } = row.response ?? {};
        return Number.isSafeInteger(leadId) && typeof channel === 'string' && typeof ts === 'string'
          ? [{ teamId: row.team_id, leadId, channelId: channel, threadTs: ts }]
          : [];
      });
    },

    /**
     * Records the card's message as the lead's thread, unless one is recorded already. Like `setThread`, not a
     * change to the lead's fields: the version stays, so the card itself (built at that version) stays current.
     */
    async recordThread(
      teamId: string,
      leadId: number,
      channelId: string,
      threadTs: string,
    ): Promise<boolean> {
      const rows = await db
        .update(leads)
        .set({ channelId, threadTs })
        .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId), sql`${leads.threadTs} is null`))
        .returning({ id: leads.id });
      return rows.length === 1;
    },
  };
}
