import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { DailyPlan } from '../../features/targets/targets.types.js';

/**
 * A rep's plan for one local date: the five counts of the day. The morning check-in stores the suggestion
 * (`suggested`); the rep's confirmation or edit makes it `confirmed`. Edits are conditional on `version`.
 */
export const dailyPlans = pgTable(
  'daily_plans',
  {
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    planDate: date('plan_date').notNull(),
    returnCalls: integer('return_calls').notNull().default(0),
    invitations: integer('invitations').notNull().default(0),
    visits: integer('visits').notNull().default(0),
    newRecords: integer('new_records').notNull().default(0),
    deals: integer('deals').notNull().default(0),
    source: text('source').$type<DailyPlan['source']>().notNull().default('suggested'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId, table.planDate] }),
    // The end-of-day task looks for the plans of the dates it is somewhere on Earth now, across teams.
    index('daily_plans_plan_date_idx').on(table.planDate),
  ],
);
