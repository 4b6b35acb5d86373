import { bigint, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  ApproverRole,
  DecisionVia,
  StepStatus,
} from '../../features/approvals/approval-states.types.js';

/** One approver's step of one revision of a request. Decided by one conditional UPDATE. */
export const approvalSteps = pgTable(
  'approval_steps',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    revision: integer('revision').notNull(),
    step: integer('step').notNull(),
    role: text('role').$type<ApproverRole>().notNull(),
    approverUserId: text('approver_user_id').notNull(),
    status: text('status').$type<StepStatus>().notNull().default('pending'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
    via: text('via').$type<DecisionVia>(),
    /** A counter-offer: the discount percent the approver approved instead of the one asked. */
    approvedValue: numeric('approved_value', { precision: 16, scale: 2, mode: 'number' }),
    /** When the step became the current one: reminders and escalation count from here. */
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    messageChannelId: text('message_channel_id'),
    messageTs: text('message_ts'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    escalatedToUserId: text('escalated_to_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('approval_steps_request_revision_step_idx').on(table.requestId, table.revision, table.step),
    index('approval_steps_team_status_idx').on(table.teamId, table.status),
  ],
);
