import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ActivityKind } from '../../features/leads/leads.types.js';

/** Everything that happened to a lead, with who and when; the lead's history and the digest's source. */
export const activities = pgTable(
  'activities',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    leadId: bigint('lead_id', { mode: 'number' }).notNull(),
    actorUserId: text('actor_user_id').notNull(),
    kind: text('kind').$type<ActivityKind>().notNull(),
    note: text('note'),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('activities_team_lead_idx').on(table.teamId, table.leadId, table.occurredAt),
    index('activities_team_occurred_idx').on(table.teamId, table.occurredAt),
    // The digest counts one kind in a window (won, lost, stage_changed): without the kind in the key it reads
    // the whole day's activities to keep a twelfth of them.
    index('activities_team_kind_occurred_idx').on(table.teamId, table.kind, table.occurredAt),
  ],
);
