import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { DeliveryRule } from '../../features/ledger/ledger-states.types.js';

/**
 * A team's finance policy for what follows a won contract. No row means the defaults below; an admin's first
 * save creates it. Kept apart from `teams`, whose settings are the team's calendar and channel.
 */
export const financePolicies = pgTable('finance_policies', {
  teamId: text('team_id').primaryKey(),
  /** An invoice may be requested once the confirmed collected share reaches this (basis points: 6000 = 60 %). */
  invoiceThresholdBp: integer('invoice_threshold_bp').notNull().default(6000),
  /** Invoices above this amount (minor units of `currency`) need a director after finance; null = never. */
  invoiceDirectorAboveMinor: bigint('invoice_director_above_minor', { mode: 'number' }),
  /** What must be confirmed before delivery is dispatched. */
  deliveryRule: text('delivery_rule').$type<DeliveryRule>().notNull().default('first_payment'),
  /** Days an installment may be overdue before the rep's manager is told. */
  overdueManagerDays: integer('overdue_manager_days').notNull().default(7),
  /** Whether marking a lead won requires an approved contract. */
  wonRequiresContract: boolean('won_requires_contract').notNull().default(false),
  /** Prefix of contract numbers (`HT-2026-0001`). */
  contractPrefix: text('contract_prefix').notNull().default('HT'),
  /** Prefix of quote numbers (`BJ-2026-0001`). */
  quotePrefix: text('quote_prefix').notNull().default('BJ'),
  /** A contract request of a customer with money overdue more than this many days gets a finance step. */
  creditOverdueDays: integer('credit_overdue_days').notNull().default(30),
  /** Interest on overdue money (计息), basis points a year (500 = 5 %); null = off. */
  overdueInterestBp: integer('overdue_interest_bp'),
  /** A rep's commission on a contract is held back while its money is overdue more than this many days; null = off. */
  commissionHoldDays: integer('commission_hold_days'),
  /** Currency of the amounts above; null = the team's. */
  currency: text('currency'),
  /** Bumped by every save: a form carries the version it was built from (DESIGN.md, rule 11). */
  version: integer('version').notNull().default(1),
  updatedByUserId: text('updated_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
