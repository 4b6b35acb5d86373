import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { PaymentStatus } from '../../features/ledger/ledger-states.types.js';

/**
 * Money received against a contract (货款回收). Finance records it confirmed; a rep's report waits for finance.
 * Rows are never deleted: a mistaken payment is reversed with a reason.
 */
export const contractPayments = pgTable(
  'contract_payments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** The day the customer paid (the rep's or finance's local date). */
    receivedOn: date('received_on').notNull(),
    note: text('note'),
    status: text('status').$type<PaymentStatus>().notNull(),
    reportedByUserId: text('reported_by_user_id').notNull(),
    confirmedByUserId: text('confirmed_by_user_id'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    rejectedByUserId: text('rejected_by_user_id'),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    reversedByUserId: text('reversed_by_user_id'),
    reversedAt: timestamp('reversed_at', { withTimezone: true }),
    reverseReason: text('reverse_reason'),
    /** Where finance's Confirm / Reject message for a reported payment is, so it can be updated in place. */
    noticeChannelId: text('notice_channel_id'),
    noticeTs: text('notice_ts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('contract_payments_team_contract_idx').on(table.teamId, table.contractId),
    index('contract_payments_team_status_idx').on(table.teamId, table.status),
    index('contract_payments_team_confirmed_idx').on(table.teamId, table.confirmedAt),
    check('contract_payments_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);
