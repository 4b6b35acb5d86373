import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CommissionTier } from '../../features/ledger/ledger-states.types.js';

/** A team's commission plan (提成), edited by admins. No row: no commission until an admin sets one. */
export const commissionPlans = pgTable('commission_plans', {
  teamId: text('team_id').primaryKey(),
  /** Rate on collected money below the first tier, in basis points (300 = 3 %). */
  baseRateBp: integer('base_rate_bp').notNull().default(0),
  /** Marginal tiers by the rep's collected total of the month, in `currency`, ascending. */
  tiers: jsonb('tiers').$type<CommissionTier[]>().notNull().default([]),
  /** No commission on money collected more than this many days after its installment was due; null = always. */
  lateCutoffDays: integer('late_cutoff_days'),
  /** Currency the tiers are counted in; null = the team's. Other currencies earn the base rate. */
  currency: text('currency'),
  version: integer('version').notNull().default(1),
  updatedByUserId: text('updated_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
