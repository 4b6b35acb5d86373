import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ServiceKind, ServicePriority, ServiceStatus } from '../../features/service/service.types.js';

/**
 * After-sales service requests (售后服务): installation, training, fault, complaint, return. Their status moves
 * only by conditional updates (src/features/service/service-transitions.repository.ts), each with an audit row.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    /** The deal or contract it is about, when opened from one: its lead's thread is where it is posted. */
    leadId: bigint('lead_id', { mode: 'number' }),
    contractId: bigint('contract_id', { mode: 'number' }),
    kind: text('kind').$type<ServiceKind>().notNull(),
    priority: text('priority').$type<ServicePriority>().notNull(),
    status: text('status').$type<ServiceStatus>().notNull().default('open'),
    description: text('description').notNull(),
    ownerUserId: text('owner_user_id').notNull(),
    openedByUserId: text('opened_by_user_id').notNull(),
    resolution: text('resolution'),
    satisfaction: integer('satisfaction'),
    channelId: text('channel_id'),
    threadTs: text('thread_ts'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByUserId: text('closed_by_user_id'),
    /** Who resolved it first: a second resolver is told who, and when. */
    resolvedByUserId: text('resolved_by_user_id'),
    /**
     * The targets, fixed at opening from the team's policy in working time (its hours, days and holidays): when
     * the owner is reminded (75 % of the window) and when the target is missed. Null on requests opened before
     * targets existed: no notice for them.
     */
    responseRemindAt: timestamp('response_remind_at', { withTimezone: true }),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }),
    resolutionRemindAt: timestamp('resolution_remind_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    /** Set once each by the targets task: the reminder before a target and the manager's notice after it. */
    responseRemindedAt: timestamp('response_reminded_at', { withTimezone: true }),
    responseMissedAt: timestamp('response_missed_at', { withTimezone: true }),
    resolutionRemindedAt: timestamp('resolution_reminded_at', { withTimezone: true }),
    resolutionMissedAt: timestamp('resolution_missed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('service_requests_team_customer_idx').on(table.teamId, table.customerId, table.status),
    index('service_requests_open_idx')
      .on(table.teamId, table.status)
      .where(sql`${table.status} in ('open', 'in_progress')`),
    check('service_requests_satisfaction_range', sql`${table.satisfaction} between 1 and 5`),
  ],
);
