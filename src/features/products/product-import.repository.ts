import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { priceListItems, products } from '../../db/schema/index.js';
import { recordBatch } from '../imports/import-progress.repository.js';
import type { BatchProgress, ImportResult } from '../imports/imports.types.js';
import { PRODUCT_COLUMNS } from './product-columns.js';
import type { ProductRow } from './product-import-outcome.js';
import type { ProductPrice } from './products.types.js';

type NewRow = Extract<ProductRow, { kind: 'new' }>;
type UpdateRow = Extract<ProductRow, { kind: 'update' }>;

/** A price list import's reads and writes. */
export function createProductImportWrites({ db }: { db: Db }) {
  return {
    /** The products with these codes (any case), with their price on the list: one query a batch. */
    async pricedBySku(
      teamId: string,
      priceListId: number,
      skus: readonly string[],
    ): Promise<Map<string, ProductPrice>> {
      if (skus.length === 0) return new Map();
      const rows = await db
        .select({ product: PRODUCT_COLUMNS, priceMinor: priceListItems.priceMinor })
        .from(products)
        .leftJoin(
          priceListItems,
          and(eq(priceListItems.productId, products.id), eq(priceListItems.priceListId, priceListId)),
        )
        .where(
          and(
            eq(products.teamId, teamId),
            inArray(
              sql`lower(${products.sku})`,
              skus.map((sku) => sku.toLowerCase()),
            ),
          ),
        );
      return new Map(rows.map((row) => [row.product.sku.toLowerCase(), row]));
    },

    /**
     * Writes one batch of a price list import and records the import's progress, in one transaction. A new code
     * someone else created meanwhile is not created twice (`on conflict do nothing`); a product changed since the
     * batch was read is left alone (its version decides). Both count as skipped.
     */
    async writeImportBatch(input: {
      teamId: string;
      priceListId: number;
      currency: string;
      actorUserId: string;
      create: NewRow[];
      update: UpdateRow[];
      progress: BatchProgress;
      now: Date;
    }): Promise<ImportResult> {
      const { teamId, priceListId, actorUserId, now } = input;
      return db.transaction(async (tx) => {
        let created: { id: number; sku: string }[] = [];
        if (input.create.length) {
          created = await tx
            .insert(products)
            .values(
              input.create.map((row) => ({
                ...row.product,
                teamId,
                status: row.status,
                retiredAt: row.status === 'retired' ? now : null,
                currency: input.currency,
                createdByUserId: actorUserId,
                updatedByUserId: actorUserId,
                createdAt: now,
                updatedAt: now,
              })),
            )
            .onConflictDoNothing()
            .returning({ id: products.id, sku: products.sku });
          const priceOf = new Map(input.create.map((row) => [row.sku.toLowerCase(), row.priceMinor]));
          if (created.length)
            await tx.insert(priceListItems).values(
              created.map((product) => ({
                teamId,
                priceListId,
                productId: product.id,
                priceMinor: priceOf.get(product.sku.toLowerCase()) ?? 0,
                updatedAt: now,
              })),
            );
        }
        let updated = 0;
        for (const row of input.update) {
          const [product] = await tx
            .update(products)
            .set({
              ...row.set,
              ...(row.set.status ? { retiredAt: row.set.status === 'retired' ? now : null } : {}),
              version: sql`${products.version} + 1`,
              updatedByUserId: actorUserId,
              updatedAt: now,
            })
            .where(
              and(
                eq(products.teamId, teamId),
                eq(products.id, row.productId),
                eq(products.version, row.version),
              ),
            )
            .returning({ id: products.id });
          if (!product) continue;
          updated++;
          if (row.priceMinor !== undefined)
            await tx
              .insert(priceListItems)
              .values({
                teamId,
                priceListId,
                productId: product.id,
                priceMinor: row.priceMinor,
                updatedAt: now,
              })
              .onConflictDoUpdate({
                target: [priceListItems.priceListId, priceListItems.productId],
                set: { priceMinor: row.priceMinor, updatedAt: now },
              });
        }
        const { result } = input.progress;
        const next: ImportResult = {
          ...result,
          created: result.created + created.length,
          updated: result.updated + updated,
          skipped: result.skipped + (input.create.length - created.length) + (input.update.length - updated),
        };
        await recordBatch(tx, teamId, { ...input.progress, result: next });
        return next;
      });
    },
  };
}
