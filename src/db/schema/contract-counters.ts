import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The last contract number handed out per team and year. Taken with one upsert (`… on conflict do update set
 * last_seq = last_seq + 1 returning`) in the transaction that enters the contract: concurrent approvals queue on
 * the row, and a rolled-back entry gives its number back, so numbers are unique and gap-free.
 */
export const contractCounters = pgTable(
  'contract_counters',
  {
    teamId: text('team_id').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.year] })],
);
