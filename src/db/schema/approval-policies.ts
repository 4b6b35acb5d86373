import { integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A team's deal-desk policy. No row means the defaults below; an admin's first save creates it.
 * Delays are in working minutes of the approver's working hours (see features/approvals/working-time.ts).
 */
export const approvalPolicies = pgTable('approval_policies', {
  teamId: text('team_id').primaryKey(),
  /** Discounts up to this percent are approved automatically (A). */
  autoApproveDiscountPercent: numeric('auto_approve_discount_percent', {
    precision: 5,
    scale: 2,
    mode: 'number',
  })
    .notNull()
    .default(5),
  /** Discounts up to this percent need only the manager (B); above it the director too. */
  managerMaxDiscountPercent: numeric('manager_max_discount_percent', {
    precision: 5,
    scale: 2,
    mode: 'number',
  })
    .notNull()
    .default(15),
  /** Contracts up to this amount need only the manager (X). */
  managerMaxContractAmount: numeric('manager_max_contract_amount', {
    precision: 16,
    scale: 2,
    mode: 'number',
  })
    .notNull()
    .default(100000),
  /** Finance countersigns when the upfront share is below this percent (U)… */
  financeMinUpfrontPercent: numeric('finance_min_upfront_percent', { precision: 5, scale: 2, mode: 'number' })
    .notNull()
    .default(30),
  /** …or the amount is above this (Y). */
  financeAboveAmount: numeric('finance_above_amount', { precision: 16, scale: 2, mode: 'number' })
    .notNull()
    .default(500000),
  reminderDelayMinutes: integer('reminder_delay_minutes').notNull().default(240),
  escalationDelayMinutes: integer('escalation_delay_minutes').notNull().default(540),
  /** Currency of the amounts above; null = the team's currency. */
  currency: text('currency'),
  updatedByUserId: text('updated_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
