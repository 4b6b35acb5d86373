import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { InvoiceStatus } from '../../features/ledger/ledger-states.types.js';

/**
 * An invoice asked for against a contract. It holds its amount of the contract (contracts.invoiced_minor) from
 * the request on, and gives it back when rejected or cancelled. Finance issues it after approval.
 */
export const contractInvoices = pgTable(
  'contract_invoices',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    approvalRequestId: bigint('approval_request_id', { mode: 'number' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<InvoiceStatus>().notNull().default('requested'),
    requestedByUserId: text('requested_by_user_id').notNull(),
    invoiceNumber: text('invoice_number'),
    issuedOn: date('issued_on'),
    issuedByUserId: text('issued_by_user_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('contract_invoices_team_request_uq').on(table.teamId, table.approvalRequestId),
    uniqueIndex('contract_invoices_team_number_uq')
      .on(table.teamId, table.invoiceNumber)
      .where(sql`${table.invoiceNumber} is not null`),
    index('contract_invoices_team_contract_idx').on(table.teamId, table.contractId),
    check('contract_invoices_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);
