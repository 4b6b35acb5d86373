import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per unit of scheduled work ever claimed. The unique `key` (e.g. `followups:T1:U1:2026-11-27`) is
 * what makes a run happen once: instances race with `INSERT … ON CONFLICT DO NOTHING RETURNING`.
 */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    key: text('key').primaryKey(),
    teamId: text('team_id').notNull(),
    kind: text('kind').notNull(),
    claimedBy: text('claimed_by').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    /** How many times the run was claimed (a failed or abandoned run is re-claimed, see scheduler.ts). */
    attempts: integer('attempts').notNull().default(1),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (table) => [index('scheduled_runs_team_kind_idx').on(table.teamId, table.kind, table.claimedAt)],
);
