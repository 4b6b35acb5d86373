import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Slack calls waiting to be made. A row is written in the same transaction as the change that caused it
 * (or by a scheduled run), and a worker sends it with retries; see src/jobs/outbox.ts.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** Unique per team: enqueueing the same message twice stores it once. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Web API method, e.g. `chat.postMessage`, `chat.update`, `files.uploadV2`. */
    method: text('method').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** The conversation (or user id for a DM) the call targets; used to pace sends per channel. */
    channel: text('channel'),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** For `pending`: not before this time. For `sending`: the lease; past it the row is sent again. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** Slack's answer to a successful call (e.g. `{ channel, ts }`), so callers can update the message later. */
    response: jsonb('response').$type<Record<string, unknown>>(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('outbox_team_idempotency_key_idx').on(table.teamId, table.idempotencyKey),
    // Lead cards posted through the outbox (inbound leads): their thread is recorded once Slack answered.
    index('outbox_lead_card_sent_idx')
      .on(table.sentAt)
      .where(sql`${table.idempotencyKey} like 'lead-card:%' and ${table.status} = 'sent'`),
    index('outbox_status_next_attempt_idx')
      .on(table.status, table.nextAttemptAt)
      .where(sql`${table.status} in ('pending', 'sending')`),
  ],
);
