import { bigint, index, integer, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ApprovalEventKind } from '../../features/approvals/approval-states.types.js';

/** The deal desk's audit log: every request, step, decision, reminder and escalation, with actor and time. */
export const approvalEvents = pgTable(
  'approval_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    /** Null for requests about no single lead (a month's commission sheet). */
    leadId: bigint('lead_id', { mode: 'number' }),
    revision: integer('revision').notNull(),
    step: integer('step'),
    kind: text('kind').$type<ApprovalEventKind>().notNull(),
    /** Null when the app itself acted (auto-approval, reminders, escalation). */
    actorUserId: text('actor_user_id'),
    /** The user the event concerns: the approver routed to, reminded or escalated to. */
    subjectUserId: text('subject_user_id'),
    via: text('via'),
    comment: text('comment'),
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }),
    details: jsonb('details').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('approval_events_team_request_idx').on(table.teamId, table.requestId),
    index('approval_events_team_lead_idx').on(table.teamId, table.leadId, table.occurredAt),
  ],
);
