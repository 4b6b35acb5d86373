import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { priceListItems, priceLists, products } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { PRODUCT_COLUMNS } from './product-columns.js';
import { createProductImportWrites } from './product-import.repository.js';
import type { PriceList, Product, ProductInput, ProductPrice, ProductStatus } from './products.types.js';

export type { ProductPrice };

export type ProductRepository = ReturnType<typeof createProductRepository>;

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const sameSku = (sku: string) => sql`lower(${products.sku}) = lower(${sku})`;

/** What a write refused for a reason the caller words: the code belongs to another product, or it changed. */
export type ProductWriteOutcome =
  | { ok: true; product: Product }
  | { ok: false; reason: 'skuTaken' | 'stale' };

export function createProductRepository({ db }: { db: Db }) {
  /** The product joined with its price on `priceListId`. */
  const priced = (priceListId: number) =>
    db
      .select({ product: PRODUCT_COLUMNS, priceMinor: priceListItems.priceMinor })
      .from(products)
      .leftJoin(
        priceListItems,
        and(eq(priceListItems.productId, products.id), eq(priceListItems.priceListId, priceListId)),
      );

  const findWhere = async (teamId: string, condition: SQL): Promise<Product | undefined> => {
    const [row] = await db
      .select(PRODUCT_COLUMNS)
      .from(products)
      .where(and(eq(products.teamId, teamId), condition));
    return row;
  };

  return {
    ...createProductImportWrites({ db }),

    findById: (teamId: string, id: number) => findWhere(teamId, eq(products.id, id)),
    findBySku: (teamId: string, sku: string) => findWhere(teamId, sameSku(sku)),

    async priceOn(teamId: string, priceListId: number, productId: number): Promise<number | null> {
      const [row] = await db
        .select({ priceMinor: priceListItems.priceMinor })
        .from(priceListItems)
        .where(
          and(
            eq(priceListItems.teamId, teamId),
            eq(priceListItems.priceListId, priceListId),
            eq(priceListItems.productId, productId),
          ),
        );
      return row?.priceMinor ?? null;
    },

    /** Every list that prices the product, the default first. */
    async pricesOf(teamId: string, productId: number): Promise<{ list: PriceList; priceMinor: number }[]> {
      return db
        .select({ list: priceLists, priceMinor: priceListItems.priceMinor })
        .from(priceListItems)
        .innerJoin(priceLists, eq(priceLists.id, priceListItems.priceListId))
        .where(and(eq(priceListItems.teamId, teamId), eq(priceListItems.productId, productId)))
        .orderBy(sql`${priceLists.isDefault} desc`, asc(priceLists.name));
    },

    /**
     * `/product <text>`: the code or either name containing `text`, any case (the trigram index serves any 3+
     * character term). An exact code comes first, then codes starting with it, then the rest by code; active
     * products before retired ones. The page and the total are two queries (see the lead search).
     */
    async search(
      teamId: string,
      query: { text: string; priceListId: number; limit: number },
    ): Promise<{ rows: ProductPrice[]; total: number }> {
      const needle = query.text.trim().toLowerCase();
      const where = and(
        eq(products.teamId, teamId),
        sql`${products.searchText} like ${containing(needle)} escape '\\'`,
      );
      const rows = await priced(query.priceListId)
        .where(where)
        .orderBy(
          sql`${products.status} = 'retired'`,
          sql`lower(${products.sku}) <> ${needle}`,
          sql`lower(${products.sku}) not like ${`${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`,
          asc(products.sku),
        )
        .limit(query.limit);
      const total =
        rows.length < query.limit
          ? rows.length
          : ((
              await db
                .select({ total: sql<number>`count(*)`.mapWith(Number) })
                .from(products)
                .where(where)
            )[0]?.total ?? 0);
      return { rows, total };
    },

    /** Products by id or code, with their price on the list (the quote's pricing). */
    async forList(
      teamId: string,
      priceListId: number,
      refs: { ids: readonly number[]; skus: readonly string[] },
    ): Promise<ProductPrice[]> {
      const wanted: SQL[] = [];
      if (refs.ids.length) wanted.push(inArray(products.id, [...refs.ids]));
      if (refs.skus.length)
        wanted.push(
          inArray(
            sql`lower(${products.sku})`,
            refs.skus.map((sku) => sku.toLowerCase()),
          ),
        );
      if (wanted.length === 0) return [];
      return priced(priceListId).where(and(eq(products.teamId, teamId), or(...wanted)));
    },

    /**
     * A new product with its price on a list, in one transaction. The code is unique per team regardless of case:
     * `on conflict do nothing` decides, so two people adding the same code at once create one product.
     */
    async create(input: {
      teamId: string;
      product: ProductInput;
      currency: string;
      priceListId: number;
      priceMinor: number;
      actorUserId: string;
      now: Date;
    }): Promise<Product | undefined> {
      const { teamId, now } = input;
      return db.transaction(async (tx) => {
        const [product] = await tx
          .insert(products)
          .values({
            ...input.product,
            teamId,
            currency: input.currency,
            createdByUserId: input.actorUserId,
            updatedByUserId: input.actorUserId,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing()
          .returning(PRODUCT_COLUMNS);
        if (!product) return undefined;
        await tx.insert(priceListItems).values({
          teamId,
          priceListId: input.priceListId,
          productId: product.id,
          priceMinor: input.priceMinor,
          updatedAt: now,
        });
        return product;
      });
    },

    /**
     * The edit form saved: the product's fields and its price on the default list, only if the product is still at
     * the version the form was built from (one conditional update; the price is written in the same transaction).
     */
    async update(input: {
      teamId: string;
      productId: number;
      seenVersion: number;
      product: ProductInput;
      price: { priceListId: number; priceMinor: number };
      actorUserId: string;
      now: Date;
    }): Promise<ProductWriteOutcome> {
      const { teamId, now } = input;
      try {
        return await db.transaction(async (tx) => {
          const [product] = await tx
            .update(products)
            .set({
              ...input.product,
              version: sql`${products.version} + 1`,
              updatedByUserId: input.actorUserId,
              updatedAt: now,
            })
            .where(
              and(
                eq(products.teamId, teamId),
                eq(products.id, input.productId),
                eq(products.version, input.seenVersion),
              ),
            )
            .returning(PRODUCT_COLUMNS);
          if (!product) return { ok: false, reason: 'stale' } as const;
          await tx
            .insert(priceListItems)
            .values({ teamId, productId: product.id, ...input.price, updatedAt: now })
            .onConflictDoUpdate({
              target: [priceListItems.priceListId, priceListItems.productId],
              set: { priceMinor: input.price.priceMinor, updatedAt: now },
            });
          return { ok: true, product } as const;
        });
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'skuTaken' };
        throw error;
      }
    },

    /** Retire or reactivate, once, from the version the card was built from. Retiring never deletes. */
    async setStatus(input: {
      teamId: string;
      productId: number;
      seenVersion: number;
      status: ProductStatus;
      actorUserId: string;
      now: Date;
    }): Promise<Product | undefined> {
      const { now } = input;
      const [row] = await db
        .update(products)
        .set({
          status: input.status,
          retiredAt: input.status === 'retired' ? now : null,
          version: sql`${products.version} + 1`,
          updatedByUserId: input.actorUserId,
          updatedAt: now,
        })
        .where(
          and(
            eq(products.teamId, input.teamId),
            eq(products.id, input.productId),
            eq(products.version, input.seenVersion),
            sql`${products.status} <> ${input.status}`,
          ),
        )
        .returning(PRODUCT_COLUMNS);
      return row;
    },
  };
}
