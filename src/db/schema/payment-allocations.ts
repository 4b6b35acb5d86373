import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** How a confirmed payment was spread over the contract's open installments, oldest first. */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    paymentId: bigint('payment_id', { mode: 'number' }).notNull(),
    installmentId: bigint('installment_id', { mode: 'number' }).notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    /** Days between the installment's due date and the day the money was received (negative: early). */
    daysLate: integer('days_late').notNull(),
    /** Set when the payment was reversed: the installment got this amount back as open. */
    reversedAt: timestamp('reversed_at', { withTimezone: true }),
  },
  (table) => [
    index('payment_allocations_payment_idx').on(table.teamId, table.paymentId),
    check('payment_allocations_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);
