import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { PriceListKind, PriceListStatus } from '../../features/products/products.types.js';

/**
 * A price list: the team's standard one (exactly one default per team), a distributor's, or a customer's
 * contract prices. A quote is priced from one list; the list's currency is the quote's.
 */
export const priceLists = pgTable(
  'price_lists',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<PriceListKind>().notNull().default('standard'),
    currency: text('currency').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    status: text('status').$type<PriceListStatus>().notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdByUserId: text('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('price_lists_team_name_uq').on(table.teamId, sql`lower(${table.name})`),
    uniqueIndex('price_lists_team_default_uq').on(table.teamId).where(sql`${table.isDefault}`),
  ],
);

/** A product's price on one list, in the list's currency (minor units). No row: the product is not on that list. */
export const priceListItems = pgTable(
  'price_list_items',
  {
    teamId: text('team_id').notNull(),
    priceListId: bigint('price_list_id', { mode: 'number' }).notNull(),
    productId: bigint('product_id', { mode: 'number' }).notNull(),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.priceListId, table.productId] }),
    index('price_list_items_team_product_idx').on(table.teamId, table.productId),
    check('price_list_items_price_not_negative', sql`${table.priceMinor} >= 0`),
  ],
);
