import { bigint, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A team's door for leads from outside (`POST /inbound/leads`): the secret's public key id and the SHA-256 of its
 * secret part (never the secret itself), and the pool of reps new leads go to in turn.
 */
export const inboundSources = pgTable(
  'inbound_sources',
  {
    teamId: text('team_id').primaryKey(),
    /** The public half of the token (`sfin_<keyId>_<secret>`): finds the team without a scan. */
    keyId: text('key_id').notNull(),
    /** Hex SHA-256 of the secret half; compared in constant time. */
    secretHash: text('secret_hash').notNull(),
    /** Reps who receive inbound leads, in turn; empty = the admin who created the secret. */
    poolUserIds: text('pool_user_ids').array().notNull().default([]),
    /** How many leads were assigned: the next one goes to `pool[counter % pool.length]`. */
    assignCounter: bigint('assign_counter', { mode: 'number' }).notNull().default(0),
    createdByUserId: text('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('inbound_sources_key_id_idx').on(table.keyId)],
);
