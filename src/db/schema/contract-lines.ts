import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * What a contract entered from an accepted quote sells: the quote's lines as the customer accepted them. The
 * ledger, invoices and commission keep working on the contract's total; these lines are its detail.
 */
export const contractLines = pgTable(
  'contract_lines',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    position: integer('position').notNull(),
    productId: bigint('product_id', { mode: 'number' }),
    sku: text('sku'),
    description: text('description').notNull(),
    unit: text('unit').notNull(),
    quantityMilli: bigint('quantity_milli', { mode: 'number' }).notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountBp: integer('discount_bp').notNull().default(0),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** The quote's delivery time, as agreed ("4 weeks after the first payment"). */
    deliveryTime: text('delivery_time'),
    /** Where it came from: the quote and its accepted version. */
    quoteId: bigint('quote_id', { mode: 'number' }),
    quoteVersion: integer('quote_version'),
  },
  (table) => [
    uniqueIndex('contract_lines_contract_position_uq').on(table.contractId, table.position),
    check('contract_lines_quantity_positive', sql`${table.quantityMilli} > 0`),
    check(
      'contract_lines_amounts_not_negative',
      sql`${table.unitPriceMinor} >= 0 and ${table.netMinor} >= 0`,
    ),
    check('contract_lines_discount_range', sql`${table.discountBp} between 0 and 10000`),
  ],
);
