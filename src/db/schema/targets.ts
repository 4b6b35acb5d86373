import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { TargetMetric, TargetPeriod } from '../../features/targets/targets.types.js';

/**
 * Standing targets: one per team, subject (a rep's user id, or `team`), metric and period. Setting it again
 * replaces the value in one upsert and bumps `version`. Amounts are integer minor units of `currency`.
 */
export const targets = pgTable(
  'targets',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** A Slack user id, or `team` for the whole team's target. */
    subject: text('subject').notNull(),
    metric: text('metric').$type<TargetMetric>().notNull(),
    period: text('period').$type<TargetPeriod>().notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    /** ISO code for amount targets (the team currency when set); null for counts. */
    currency: text('currency'),
    setByUserId: text('set_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('targets_team_subject_metric_period_uq').on(
      table.teamId,
      table.subject,
      table.metric,
      table.period,
    ),
    index('targets_team_period_idx').on(table.teamId, table.period),
  ],
);
