import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { LedgerEventKind } from '../../features/ledger/ledger-states.types.js';

/** The ledger's audit log: every change to a contract, payment, invoice, policy or plan, with actor and time. */
export const ledgerEvents = pgTable(
  'ledger_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    contractId: bigint('contract_id', { mode: 'number' }),
    paymentId: bigint('payment_id', { mode: 'number' }),
    invoiceId: bigint('invoice_id', { mode: 'number' }),
    sheetId: bigint('sheet_id', { mode: 'number' }),
    kind: text('kind').$type<LedgerEventKind>().notNull(),
    /** Null when the app itself acted (a scheduled sheet, an automatic close). */
    actorUserId: text('actor_user_id'),
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    currency: text('currency'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('ledger_events_team_contract_idx').on(table.teamId, table.contractId, table.occurredAt),
    index('ledger_events_team_occurred_idx').on(table.teamId, table.occurredAt),
  ],
);
