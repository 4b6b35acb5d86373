import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { priceListItems, priceLists, products } from '../../db/schema/index.js';
import type { PriceListKind } from '../products/products.types.js';

/**
 * The quotes' own read-only view of the price list (another feature owns writing it): which lists a quote may be
 * priced from, and a product's price on one of them. Every query is scoped by team.
 */
export interface PriceListOption {
  id: number;
  name: string;
  kind: PriceListKind;
  currency: string;
  isDefault: boolean;
}

export interface PricedProduct {
  productId: number;
  sku: string;
  nameEn: string | null;
  nameZh: string | null;
  unit: string;
  taxRateBp: number;
  floorPriceMinor: number | null;
  status: 'active' | 'retired';
  /** The product's version: a change to it after a line was priced is noticed before approval. */
  version: number;
  /** Its price on the list; null when it is not on the list. */
  priceMinor: number | null;
}

export type QuotePricingRepository = ReturnType<typeof createQuotePricingRepository>;

const productColumns = (priceListId: number) => ({
  productId: products.id,
  sku: products.sku,
  nameEn: products.nameEn,
  nameZh: products.nameZh,
  unit: products.unit,
  taxRateBp: products.taxRateBp,
  floorPriceMinor: products.floorPriceMinor,
  status: products.status,
  version: products.version,
  priceMinor: sql<number | null>`(select ${priceListItems.priceMinor} from ${priceListItems}
    where ${priceListItems.teamId} = ${products.teamId} and ${priceListItems.productId} = ${products.id}
      and ${priceListItems.priceListId} = ${priceListId})`.mapWith((value) =>
    value === null ? null : Number(value),
  ),
});

export function createQuotePricingRepository({ db }: { db: Db }) {
  return {
    async listPriceLists(teamId: string): Promise<PriceListOption[]> {
      return db
        .select({
          id: priceLists.id,
          name: priceLists.name,
          kind: priceLists.kind,
          currency: priceLists.currency,
          isDefault: priceLists.isDefault,
        })
        .from(priceLists)
        .where(and(eq(priceLists.teamId, teamId), eq(priceLists.status, 'active')))
        .orderBy(sql`${priceLists.isDefault} desc`, asc(priceLists.name))
        .limit(100);
    },

    async findPriceList(teamId: string, priceListId: number): Promise<PriceListOption | undefined> {
      const [row] = await db
        .select({
          id: priceLists.id,
          name: priceLists.name,
          kind: priceLists.kind,
          currency: priceLists.currency,
          isDefault: priceLists.isDefault,
        })
        .from(priceLists)
        .where(and(eq(priceLists.teamId, teamId), eq(priceLists.id, priceListId)));
      return row;
    },

    /** Active products on the list whose code or name contains `text` (type-ahead), codes first. */
    async searchProducts(
      teamId: string,
      priceListId: number,
      text: string,
      limit: number,
    ): Promise<PricedProduct[]> {
      const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return db
        .select(productColumns(priceListId))
        .from(products)
        .where(
          and(
            eq(products.teamId, teamId),
            eq(products.status, 'active'),
            sql`exists (select 1 from ${priceListItems} where ${priceListItems.teamId} = ${products.teamId}
              and ${priceListItems.productId} = ${products.id} and ${priceListItems.priceListId} = ${priceListId})`,
            text
              ? or(
                  ilike(products.sku, pattern),
                  ilike(products.nameEn, pattern),
                  ilike(products.nameZh, pattern),
                )
              : undefined,
          ),
        )
        .orderBy(asc(products.sku))
        .limit(limit);
    },

    async findProducts(teamId: string, priceListId: number, productIds: number[]): Promise<PricedProduct[]> {
      if (productIds.length === 0) return [];
      return db
        .select(productColumns(priceListId))
        .from(products)
        .where(and(eq(products.teamId, teamId), inArray(products.id, productIds)));
    },

    /** Products by code, regardless of case (pasted and imported lines). */
    async findBySkus(teamId: string, priceListId: number, skus: string[]): Promise<PricedProduct[]> {
      if (skus.length === 0) return [];
      return db
        .select(productColumns(priceListId))
        .from(products)
        .where(
          and(
            eq(products.teamId, teamId),
            inArray(
              sql`lower(${products.sku})`,
              skus.map((sku) => sku.toLowerCase()),
            ),
          ),
        );
    },
  };
}
