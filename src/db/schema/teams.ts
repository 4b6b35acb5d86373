import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { DEFAULT_QUIET_WORKING_DAYS, DEFAULT_STALE_AFTER_DAYS } from '../../features/team/team.types.js';

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
  /**
   * ISO 3166 country whose public holidays are days off (for `CN` also the weekend make-up working days, 调休);
   * null = none. See src/features/team/work-calendar.ts.
   */
  holidayCountry: text('holiday_country'),
  /** The team's own days off (`YYYY-MM-DD`), on top of the country's. */
  holidays: text('holidays').array().notNull().default([]),
  /** Open leads with no activity for this many days are stale (lists, digest). */
  staleAfterDays: integer('stale_after_days').notNull().default(DEFAULT_STALE_AFTER_DAYS),
  /** Working days without a new high-intent lead before a rep's manager hears of it. */
  quietWorkingDays: integer('quiet_working_days').notNull().default(DEFAULT_QUIET_WORKING_DAYS),
  /**
   * Also upload the digest's and leaderboard's charts as PNG files, for teams whose Slack clients do not draw the
   * native data visualization block. Off by default: the native chart alone, no renderer, no files:write.
   */
  chartImages: boolean('chart_images').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
