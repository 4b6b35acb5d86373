import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A team's settings for the day plan, milestones and the leaderboard (their own table: the team's schedule
 * columns live in `teams`). No row means the defaults in features/targets/targets.types.ts.
 */
export const targetSettings = pgTable('target_settings', {
  teamId: text('team_id').primaryKey(),
  checkInEnabled: boolean('check_in_enabled').notNull().default(false),
  /** `HH:MM`, in each rep's own zone. */
  endOfDayTime: text('end_of_day_time').notNull().default('18:00'),
  milestonesEnabled: boolean('milestones_enabled').notNull().default(false),
  weeklyLeaderboardEnabled: boolean('weekly_leaderboard_enabled').notNull().default(false),
  updatedByUserId: text('updated_by_user_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
