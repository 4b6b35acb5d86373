import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ContractStatus } from '../../features/ledger/ledger-states.types.js';

/**
 * The contract ledger (合同台帐): one row per finally approved contract request. `collected_minor` (confirmed
 * money, net of reversals) and `invoiced_minor` (live invoices) are moved only by conditional updates, and the
 * checks below make the database itself refuse a collected or invoiced total above the contract amount.
 */
export const contracts = pgTable(
  'contracts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** `HT-2026-0001`: prefix, year of approval (team's zone), sequence per team and year. */
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    leadId: bigint('lead_id', { mode: 'number' }).notNull(),
    approvalRequestId: bigint('approval_request_id', { mode: 'number' }).notNull(),
    /** The rep the contract (and its commission) belongs to: the lead's owner when it was approved. */
    ownerUserId: text('owner_user_id').notNull(),
    customerName: text('customer_name').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** Upfront share in basis points (3000 = 30 %). */
    upfrontBp: integer('upfront_bp').notNull(),
    paymentTerms: text('payment_terms'),
    deliveryDate: date('delivery_date'),
    specialTerms: text('special_terms'),
    draftLink: text('draft_link'),
    signedLink: text('signed_link'),
    status: text('status').$type<ContractStatus>().notNull().default('approved'),
    collectedMinor: bigint('collected_minor', { mode: 'number' }).notNull().default(0),
    invoicedMinor: bigint('invoiced_minor', { mode: 'number' }).notNull().default(0),
    /** The customer's acceptance when delivered: a note or a link. */
    acceptanceNote: text('acceptance_note'),
    cancelReason: text('cancel_reason'),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Bumped by every write; views carry it and writes from them are conditional on it (DESIGN.md, rule 11). */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('contracts_team_number_uq').on(table.teamId, table.number),
    uniqueIndex('contracts_team_request_uq').on(table.teamId, table.approvalRequestId),
    index('contracts_team_lead_idx').on(table.teamId, table.leadId),
    index('contracts_team_owner_status_idx').on(table.teamId, table.ownerUserId, table.status),
    check('contracts_amount_positive', sql`${table.amountMinor} > 0`),
    check(
      'contracts_collected_within_amount',
      sql`${table.collectedMinor} between 0 and ${table.amountMinor}`,
    ),
    check('contracts_invoiced_within_amount', sql`${table.invoicedMinor} between 0 and ${table.amountMinor}`),
  ],
);
