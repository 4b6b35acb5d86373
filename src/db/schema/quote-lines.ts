import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The lines of a quote's current version. A product line keeps the product's list and floor price as they were
 * when it was priced, so a later price list change neither moves the quote nor hides a discount from approval.
 */
export const quoteLines = pgTable(
  'quote_lines',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    quoteId: bigint('quote_id', { mode: 'number' }).notNull(),
    /** 1-based order on the quote. */
    position: integer('position').notNull(),
    /** Null for a free-text line (what the catalog lacks). */
    productId: bigint('product_id', { mode: 'number' }),
    sku: text('sku'),
    description: text('description').notNull(),
    unit: text('unit').notNull(),
    /** Thousandths: 1500 = 1.5 units. */
    quantityMilli: bigint('quantity_milli', { mode: 'number' }).notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountBp: integer('discount_bp').notNull().default(0),
    taxRateBp: integer('tax_rate_bp').notNull().default(0),
    /** qty × price × (1 − discount), rounded half up to the minor unit (src/features/quotes/quote-totals.ts). */
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    listPriceMinor: bigint('list_price_minor', { mode: 'number' }),
    floorPriceMinor: bigint('floor_price_minor', { mode: 'number' }),
  },
  (table) => [
    uniqueIndex('quote_lines_quote_position_uq').on(table.quoteId, table.position),
    check('quote_lines_quantity_positive', sql`${table.quantityMilli} > 0`),
    check('quote_lines_price_not_negative', sql`${table.unitPriceMinor} >= 0`),
    check('quote_lines_discount_range', sql`${table.discountBp} between 0 and 10000`),
    check('quote_lines_tax_range', sql`${table.taxRateBp} between 0 and 10000`),
    check('quote_lines_net_not_negative', sql`${table.netMinor} >= 0`),
    check(
      'quote_lines_reference_prices_not_negative',
      sql`coalesce(${table.listPriceMinor}, 0) >= 0 and coalesce(${table.floorPriceMinor}, 0) >= 0`,
    ),
  ],
);
