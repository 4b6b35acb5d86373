import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CommissionEntryKind } from '../../features/ledger/ledger-states.types.js';

/**
 * Commission accrued per confirmed payment (and given back per reversal), to the contract's rep, in the team-local
 * month the payment was confirmed (or reversed). Statements and sheets are sums of these rows.
 */
export const commissionEntries = pgTable(
  'commission_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    paymentId: bigint('payment_id', { mode: 'number' }).notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    repUserId: text('rep_user_id').notNull(),
    /** `YYYY-MM` in the team's zone. */
    month: text('month').notNull(),
    currency: text('currency').notNull(),
    kind: text('kind').$type<CommissionEntryKind>().notNull(),
    /** Money collected (negative for a reversal). */
    collectedMinor: bigint('collected_minor', { mode: 'number' }).notNull(),
    /** The part that earns commission (late money excluded by the plan); negative for a reversal. */
    basisMinor: bigint('basis_minor', { mode: 'number' }).notNull(),
    commissionMinor: bigint('commission_minor', { mode: 'number' }).notNull(),
    /** How it was computed: the bands and rates applied, for the statement. */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('commission_entries_payment_kind_uq').on(table.teamId, table.paymentId, table.kind),
    index('commission_entries_team_month_idx').on(table.teamId, table.month, table.repUserId),
  ],
);
