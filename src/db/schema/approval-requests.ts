import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type {
  ApprovalDetails,
  ApprovalKind,
  RequestStatus,
} from '../../features/approvals/approval-states.types.js';

/** One discount or contract approval request; its steps (per revision) are in approval_steps. */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** Null for requests about no single lead (a month's commission sheet). */
    leadId: bigint('lead_id', { mode: 'number' }),
    kind: text('kind').$type<ApprovalKind>().notNull(),
    requesterUserId: text('requester_user_id').notNull(),
    revision: integer('revision').notNull().default(1),
    status: text('status').$type<RequestStatus>().notNull().default('pending'),
    /** The step now waiting for a decision (1-based); 0 when none (auto-approved or closed). */
    currentStep: integer('current_step').notNull().default(1),
    /** Number of steps of the current revision. */
    stepCount: integer('step_count').notNull().default(0),
    details: jsonb('details').$type<ApprovalDetails>().notNull(),
    /** Where the request messages go: the lead's thread, or the approver's DM when the team has no channel. */
    channelId: text('channel_id'),
    threadTs: text('thread_ts'),
    /** The first request message of the current revision. */
    messageTs: text('message_ts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('approval_requests_team_lead_idx').on(table.teamId, table.leadId),
    index('approval_requests_team_status_idx').on(table.teamId, table.status),
  ],
);
