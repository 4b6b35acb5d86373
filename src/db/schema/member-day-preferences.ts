import { boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A rep's own choices about the day plan; no row means the team's settings apply as they are. */
export const memberDayPreferences = pgTable(
  'member_day_preferences',
  {
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    /** The rep asked not to get the morning check-in (nor, without a plan, the end-of-day DM). */
    checkInOptOut: boolean('check_in_opt_out').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] })],
);
