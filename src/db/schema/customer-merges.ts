import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The audit of customer merges: who merged which customer into which, when, and what moved. */
export const customerMerges = pgTable(
  'customer_merges',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    keptCustomerId: bigint('kept_customer_id', { mode: 'number' }).notNull(),
    mergedCustomerId: bigint('merged_customer_id', { mode: 'number' }).notNull(),
    actorUserId: text('actor_user_id').notNull(),
    /** The lead ids moved, contacts moved and collapsed, money per currency (minor units) that came along. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('customer_merges_team_kept_idx').on(table.teamId, table.keptCustomerId)],
);
