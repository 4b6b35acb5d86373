import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Inbound requests counted per team and minute, in the database so that every instance sharing it counts the
 * same window (one `INSERT … ON CONFLICT DO UPDATE … RETURNING count` per request).
 */
export const inboundRateWindows = pgTable(
  'inbound_rate_windows',
  {
    teamId: text('team_id').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.windowStart] })],
);
