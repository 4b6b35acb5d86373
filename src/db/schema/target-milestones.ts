import { bigint, date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Milestones of a monthly target already announced: the primary key makes each one happen once per month. */
export const targetMilestones = pgTable(
  'target_milestones',
  {
    teamId: text('team_id').notNull(),
    targetId: bigint('target_id', { mode: 'number' }).notNull(),
    /** First local date of the month the milestone was reached in. */
    periodStart: date('period_start').notNull(),
    percent: integer('percent').notNull(),
    reachedAt: timestamp('reached_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.targetId, table.periodStart, table.percent] })],
);
