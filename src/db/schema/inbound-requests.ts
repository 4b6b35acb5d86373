import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Inbound requests made with an `Idempotency-Key`: the first one claims the key (with the hash of its body) in the
 * transaction that creates the lead and keeps the answer, so a retry gets the same answer and no second lead.
 */
export const inboundRequests = pgTable(
  'inbound_requests',
  {
    teamId: text('team_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hex SHA-256 of the request body in canonical form (keys sorted): same key, other body → refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').$type<Record<string, unknown>>().notNull(),
    leadId: bigint('lead_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.idempotencyKey] }),
    index('inbound_requests_created_idx').on(table.createdAt),
  ],
);
