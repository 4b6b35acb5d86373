import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { outbox } from '../db/schema/index.js';
import type { OutboxMessage } from '../features/outbox/outbox.types.js';
import type { Clock } from '../lib/clock.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

function targetChannel(message: OutboxMessage): string | null {
  if (message.channel) return message.channel;
  const { channel, channel_id: channelId } = message.payload;
  if (typeof channel === 'string') return channel;
  if (typeof channelId === 'string') return channelId;
  return null;
}

/**
 * `clock` dates new rows: a row is due from the app's "now", not the database's, so a controlled clock (tests, the
 * scheduler's catch-up) and the rows it creates always agree.
 */
export function createOutboxRepository({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /**
     * Stores messages to send. A message whose (team, idempotency key) is already stored — whatever its status —
     * is dropped, so re-running the code that enqueues is harmless. Pass `tx` to enqueue inside the caller's
     * transaction (the message then exists exactly when the change that caused it does). Returns how many rows
     * were new.
     */
    async enqueue(messages: OutboxMessage[], tx?: Db): Promise<number> {
      if (messages.length === 0) return 0;
      const rows = await (tx ?? db)
        .insert(outbox)
        .values(
          messages.map((message) => ({
            teamId: message.teamId,
            idempotencyKey: message.idempotencyKey,
            method: message.method,
            payload: message.payload,
            channel: targetChannel(message),
            nextAttemptAt: message.notBefore ?? clock.now(),
          })),
        )
        .onConflictDoNothing({ target: [outbox.teamId, outbox.idempotencyKey] })
        .returning({ id: outbox.id });
      return rows.length;
    },

    /**
     * Takes up to `limit` rows that are due — pending ones, and `sending` ones whose lease ran out because the
     * instance sending them died — and marks them `sending` until `leaseUntil`, in one statement. SKIP LOCKED
     * lets several workers drain at once without taking the same row.
     */
    async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
      const result = (await db.execute(sql`
        update ${outbox} set status = 'sending', attempts = attempts + 1, next_attempt_at = ${leaseUntil.toISOString()}
        where id in (
          select id from ${outbox}
          where status in ('pending', 'sending') and next_attempt_at <= ${now.toISOString()}
          order by next_attempt_at, id
          limit ${limit}
          for update skip locked
        )
        returning id`)) as unknown as { rows: { id: number | string }[] };
      const ids = result.rows.map((row) => Number(row.id));
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(outbox)
        .where(
          sql`${outbox.id} in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        );
      return rows.sort((a, b) => a.id - b.id);
    },

    // The three outcomes below are fenced by `attempts`: if this worker's lease expired and another worker
    // re-claimed the row (attempts moved on), the stale worker's write changes nothing.

    async markSent(row: OutboxRow, response: Record<string, unknown>, now: Date): Promise<boolean> {
      const updated = await db
        .update(outbox)
        .set({ status: 'sent', sentAt: now, response, lastError: null })
        .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), eq(outbox.status, 'sending')))
        .returning({ id: outbox.id });
      return updated.length === 1;
    },

    async markRetry(row: OutboxRow, nextAttemptAt: Date, error: string): Promise<boolean> {
      const updated = await db
        .update(outbox)
        .set({ status: 'pending', nextAttemptAt, lastError: error })
        .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), eq(outbox.status, 'sending')))
        .returning({ id: outbox.id });
      return updated.length === 1;
    },

    /** Puts a row back without counting an attempt (its channel was just written to, or Slack said wait). */
    async defer(row: OutboxRow, nextAttemptAt: Date, reason?: string): Promise<boolean> {
      const updated = await db
        .update(outbox)
        .set({
          status: 'pending',
          nextAttemptAt,
          attempts: sql`${outbox.attempts} - 1`,
          ...(reason ? { lastError: reason } : {}),
        })
        .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), eq(outbox.status, 'sending')))
        .returning({ id: outbox.id });
      return updated.length === 1;
    },

    async markFailed(row: OutboxRow, error: string): Promise<boolean> {
      const updated = await db
        .update(outbox)
        .set({ status: 'failed', lastError: error })
        .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), eq(outbox.status, 'sending')))
        .returning({ id: outbox.id });
      return updated.length === 1;
    },

    /** When the next pending row is due (the earliest `next_attempt_at`), or undefined when none waits. */
    async nextPendingAt(): Promise<Date | undefined> {
      const [row] = await db
        .select({ at: sql<Date | string | null>`min(${outbox.nextAttemptAt})` })
        .from(outbox)
        .where(eq(outbox.status, 'pending'));
      return row?.at ? new Date(row.at) : undefined;
    },

    async findByKey(teamId: string, idempotencyKey: string): Promise<OutboxRow | undefined> {
      const [row] = await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.teamId, teamId), eq(outbox.idempotencyKey, idempotencyKey)));
      return row;
    },

    async listByTeam(teamId: string): Promise<OutboxRow[]> {
      return db.select().from(outbox).where(eq(outbox.teamId, teamId)).orderBy(outbox.id);
    },
  };
}
