import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ProductStatus } from '../../features/products/products.types.js';

/**
 * A product or service on the team's price list (价目表). Prices live per price list (`price_list_items`); the
 * product holds what is the same on every list: its code, names, unit, tax rate and the floor price below which
 * only the top approver may sell. Money is integer minor units in the product's currency (the team's).
 */
export const products = pgTable(
  'products',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** The code people type (`SKU qty` lines, imports); unique per team regardless of case. */
    sku: text('sku').notNull(),
    nameEn: text('name_en'),
    nameZh: text('name_zh'),
    /** 台, 套, 年, hour…: free text, shown on the quote as typed. */
    unit: text('unit').notNull(),
    /** Basis points of the net amount (1300 = 13 %). */
    taxRateBp: integer('tax_rate_bp').notNull().default(0),
    currency: text('currency').notNull(),
    /** Optional: a line priced below it needs the top approver. */
    floorPriceMinor: bigint('floor_price_minor', { mode: 'number' }),
    status: text('status').$type<ProductStatus>().notNull().default('active'),
    /** Bumped by every write; forms carry it and writes from them are conditional on it (DESIGN.md, rule 11). */
    version: integer('version').notNull().default(1),
    createdByUserId: text('created_by_user_id').notNull(),
    /** Who changed it last: a stale form names them with what changed. */
    updatedByUserId: text('updated_by_user_id'),
    /**
     * What `/product <text>` searches (any part, any case): the code and both names, kept by Postgres itself so no
     * write can forget it.
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower("sku" || ' ' || coalesce("name_en", '') || ' ' || coalesce("name_zh", ''))`,
    ),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('products_team_sku_uq').on(table.teamId, sql`lower(${table.sku})`),
    index('products_team_status_idx').on(table.teamId, table.status),
    // Trigrams let `like '%text%'` skip most of a big catalogue for any 3+ character term, CJK included (as
    // leads_search_text_trgm_idx). Without fastupdate, so a search right after an import is not slowed by GIN's
    // pending list.
    index('products_search_text_trgm_idx')
      .using('gin', table.searchText.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    check('products_named', sql`coalesce(${table.nameEn}, ${table.nameZh}) is not null`),
    check('products_tax_rate_range', sql`${table.taxRateBp} between 0 and 10000`),
    check(
      'products_floor_not_negative',
      sql`${table.floorPriceMinor} is null or ${table.floorPriceMinor} >= 0`,
    ),
  ],
);
