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
import type { QuoteLanguage, QuoteStatus } from '../../features/quotes/quotes.types.js';

/**
 * A quote (报价单) for a lead: its number, terms and state. The lines being edited live in `quote_lines`; each sent
 * version is frozen in `quote_versions`. Money is integer minor units of `currency` (the price list's).
 */
export const quotes = pgTable(
  'quotes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** `BJ-2026-0001`: prefix, year of creation (team's zone), gap-free sequence per team and year. */
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    leadId: bigint('lead_id', { mode: 'number' }).notNull(),
    /** The rep the quote belongs to (the lead's owner when it was made). */
    ownerUserId: text('owner_user_id').notNull(),
    /** The list its products are priced from; null when every line is free text. */
    priceListId: bigint('price_list_id', { mode: 'number' }),
    currency: text('currency').notNull(),
    status: text('status').$type<QuoteStatus>().notNull().default('draft'),
    /** The version being edited or last sent: 1 until a sent quote is revised. */
    currentVersion: integer('current_version').notNull().default(1),
    validUntil: date('valid_until').notNull(),
    paymentTerms: text('payment_terms'),
    deliveryTime: text('delivery_time'),
    /** Discount on the whole quote, basis points of the subtotal (1000 = 10 %). */
    discountBp: integer('discount_bp').notNull().default(0),
    /** The language the customer's document is written in. */
    language: text('language').$type<QuoteLanguage>().notNull(),
    /** The approval request of the current version, while pending or once approved. */
    approvalRequestId: bigint('approval_request_id', { mode: 'number' }),
    declineReason: text('decline_reason'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Bumped by every write; forms carry it and writes from them are conditional on it (DESIGN.md, rule 11). */
    version: integer('version').notNull().default(1),
    createdByUserId: text('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('quotes_team_number_uq').on(table.teamId, table.number),
    uniqueIndex('quotes_team_year_seq_uq').on(table.teamId, table.year, table.seq),
    index('quotes_team_lead_idx').on(table.teamId, table.leadId),
    index('quotes_team_owner_status_idx').on(table.teamId, table.ownerUserId, table.status),
    index('quotes_team_status_valid_idx').on(table.teamId, table.status, table.validUntil),
    check('quotes_discount_range', sql`${table.discountBp} between 0 and 10000`),
    check('quotes_version_positive', sql`${table.currentVersion} >= 1`),
  ],
);
