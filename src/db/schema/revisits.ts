import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Revisits (定期回访) a delivered contract schedules, N days after its delivery; one per contract and offset, so
 * scheduling twice adds nothing. Logged with the outcome, and the deal a new need started, if any.
 */
export const revisits = pgTable(
  'revisits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    ownerUserId: text('owner_user_id').notNull(),
    daysAfterDelivery: bigint('days_after_delivery', { mode: 'number' }).notNull(),
    dueOn: date('due_on').notNull(),
    outcome: text('outcome'),
    loggedByUserId: text('logged_by_user_id'),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    newLeadId: bigint('new_lead_id', { mode: 'number' }),
    /** What the rep noted when logging it. */
    note: text('note'),
    /** Bumped by every write; the Log revisit form carries it and its save is conditional on it. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('revisits_contract_offset_uq').on(table.teamId, table.contractId, table.daysAfterDelivery),
    index('revisits_team_owner_due_idx').on(table.teamId, table.ownerUserId, table.dueOn),
    index('revisits_team_customer_due_idx').on(table.teamId, table.customerId, table.dueOn),
  ],
);
