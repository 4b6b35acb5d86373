import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per Slack workspace that uses Salesflow; holds the team's settings. */
export const teams = pgTable('teams', {
  teamId: text('team_id').primaryKey(),
  salesChannelId: text('sales_channel_id'),
  timezone: text('timezone').notNull().default('UTC'),
  /** `en` or `zh-CN` when an admin chose a language for everyone; null = each user's Slack locale. */
  language: text('language'),
  currency: text('currency').notNull().default('CNY'),
  /** ISO weekdays (1 = Monday … 7 = Sunday) the team works on. */
  workingDays: integer('working_days').array().notNull().default([1, 2, 3, 4, 5]),
  digestTime: text('digest_time').notNull().default('08:30'),
  /** Win probability per stage, in percent, for the weighted forecast. */
  stageProbabilities: jsonb('stage_probabilities').$type<Record<string, number>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
