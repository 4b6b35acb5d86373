import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { priceListItems, priceLists, products } from '../../db/schema/index.js';
import type { PriceList, PriceListKind, PriceListWithCount } from './products.types.js';

export type PriceListRepository = ReturnType<typeof createPriceListRepository>;

const byName = (teamId: string, name: string) =>
  and(eq(priceLists.teamId, teamId), sql`lower(${priceLists.name}) = lower(${name})`);

export function createPriceListRepository({ db }: { db: Db }) {
  const findDefault = async (teamId: string): Promise<PriceList | undefined> => {
    const [row] = await db
      .select()
      .from(priceLists)
      .where(and(eq(priceLists.teamId, teamId), eq(priceLists.isDefault, true)));
    return row;
  };

  return {
    findDefault,

    /**
     * The team's default list, created on first use. Two first uses at once create one: the partial unique index on
     * `(team_id) where is_default` decides, and both read the winner.
     */
    async ensureDefault(
      teamId: string,
      values: { name: string; currency: string; createdByUserId: string },
    ): Promise<PriceList> {
      const existing = await findDefault(teamId);
      if (existing) return existing;
      await db
        .insert(priceLists)
        .values({ teamId, ...values, kind: 'standard', isDefault: true })
        .onConflictDoNothing();
      const created = await findDefault(teamId);
      if (!created) throw new Error(`team ${teamId} has no default price list after creating one`);
      return created;
    },

    async findById(teamId: string, id: number): Promise<PriceList | undefined> {
      const [row] = await db
        .select()
        .from(priceLists)
        .where(and(eq(priceLists.teamId, teamId), eq(priceLists.id, id)));
      return row;
    },

    /** By name, any case: `/product price X 100 distributor` finds "Distributor". */
    async findByName(teamId: string, name: string): Promise<PriceList | undefined> {
      const [row] = await db.select().from(priceLists).where(byName(teamId, name));
      return row;
    },

    /** The default first, then active lists, then archived ones, each with how many products it prices. */
    async listWithCounts(teamId: string): Promise<PriceListWithCount[]> {
      const rows = await db
        .select({
          list: priceLists,
          productCount: sql<number>`count(${priceListItems.productId})`.mapWith(Number),
        })
        .from(priceLists)
        .leftJoin(priceListItems, eq(priceListItems.priceListId, priceLists.id))
        .where(eq(priceLists.teamId, teamId))
        .groupBy(priceLists.id)
        .orderBy(desc(priceLists.isDefault), asc(priceLists.status), asc(priceLists.name));
      return rows.map((row) => ({ ...row.list, productCount: row.productCount }));
    },

    /** A new list; undefined when the team already has one of that name (any case). */
    async create(
      teamId: string,
      values: { name: string; kind: PriceListKind; currency: string; createdByUserId: string },
    ): Promise<PriceList | undefined> {
      const [row] = await db
        .insert(priceLists)
        .values({ teamId, ...values })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    /** active → archived, once; never the default list. */
    async archive(teamId: string, id: number, now: Date): Promise<PriceList | undefined> {
      const [row] = await db
        .update(priceLists)
        .set({ status: 'archived', version: sql`${priceLists.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(priceLists.teamId, teamId),
            eq(priceLists.id, id),
            eq(priceLists.status, 'active'),
            eq(priceLists.isDefault, false),
          ),
        )
        .returning();
      return row;
    },

    /**
     * A product's price on a list, in one statement that holds only while the list is active (an archive at the
     * same moment wins cleanly); the product's version moves on with it, so a form opened before the change is
     * recognised as stale. Returns the price it had (null: it was not on the list), or undefined when the list is
     * not active.
     */
    async setPrice(input: {
      teamId: string;
      priceListId: number;
      productId: number;
      priceMinor: number;
      actorUserId: string;
      now: Date;
    }): Promise<{ previousMinor: number | null } | undefined> {
      const { teamId, priceListId, productId, priceMinor, now } = input;
      return db.transaction(async (tx) => {
        const result = (await tx.execute(sql`
          with previous as (
            select price_minor from price_list_items where price_list_id = ${priceListId} and product_id = ${productId}
          )
          insert into price_list_items (team_id, price_list_id, product_id, price_minor, updated_at)
          select ${teamId}, ${priceListId}, ${productId}, ${priceMinor}, ${now}
          where exists (
            select 1 from price_lists
            where id = ${priceListId} and team_id = ${teamId} and status = 'active'
          )
          on conflict (price_list_id, product_id)
            do update set price_minor = excluded.price_minor, updated_at = excluded.updated_at
          returning (select price_minor from previous) as previous`)) as unknown as {
          rows: { previous: string | number | null }[];
        };
        const [row] = result.rows;
        if (!row) return undefined;
        await bumpProduct(tx, teamId, productId, input.actorUserId, now);
        return { previousMinor: row.previous === null ? null : Number(row.previous) };
      });
    },

    /** Takes a product off a list; the price it had, or undefined when it was not on it. */
    async removePrice(input: {
      teamId: string;
      priceListId: number;
      productId: number;
      actorUserId: string;
      now: Date;
    }): Promise<{ previousMinor: number } | undefined> {
      const { teamId, priceListId, productId, now } = input;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .delete(priceListItems)
          .where(
            and(
              eq(priceListItems.teamId, teamId),
              eq(priceListItems.priceListId, priceListId),
              eq(priceListItems.productId, productId),
            ),
          )
          .returning({ previousMinor: priceListItems.priceMinor });
        if (row) await bumpProduct(tx, teamId, productId, input.actorUserId, now);
        return row;
      });
    },
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A product's prices are part of what its forms show: a price change moves the product's version on. */
export async function bumpProduct(
  tx: Tx,
  teamId: string,
  productId: number,
  actorUserId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(products)
    .set({ version: sql`${products.version} + 1`, updatedByUserId: actorUserId, updatedAt: now })
    .where(and(eq(products.teamId, teamId), eq(products.id, productId)));
}
