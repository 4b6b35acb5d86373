import type { PriceListRepository } from './price-lists.repository.js';
import { PriceListArchivedError, PriceListNotFoundError } from './products.errors.js';
import type { ProductRepository } from './products.repository.js';
import type { PriceList } from './products.types.js';

/*
 * The price list's one entry point for quotes (the quote builder, pasted `SKU qty` lines, a quote's CSV): given a
 * price list and the products a quote names, what each may be quoted at. It is read-only and small on purpose,
 * so the quote feature's own queries can be unified with it later.
 *
 *   const { priceList, prices, refused } = await quotablePrices({ products, priceLists, teamId, priceListId,
 *     refs: ['PUMP-01', 42] });
 *
 * - `refs`: codes (any case) and/or product ids, in any mix; duplicates are answered once.
 * - `prices`: the active products the list prices, in the order of `refs`, each with its list price, tax rate and
 *   floor (minor units of the list's currency; the floor is null when the product has none, or when it was set in
 *   another currency than the list's). The floor is data for the approval: who may see it is the caller's rule
 *   (product-access.ts: not reps).
 * - `refused`: the refs that cannot go on a new line, with why: `unknown` (no such product in the team),
 *   `retired` (kept on old quotes, refused on new lines), `notOnList` (the list has no price for it).
 * - Throws PriceListNotFoundError (no such list in the team) or PriceListArchivedError (archived lists price no
 *   new quote).
 */

export interface QuotablePrice {
  productId: number;
  sku: string;
  nameEn: string | null;
  nameZh: string | null;
  unit: string;
  /** The list's currency: every amount below is in its minor units. */
  currency: string;
  listPriceMinor: number;
  /** Basis points of the net amount: 1300 = 13 %. */
  taxRateBp: number;
  floorPriceMinor: number | null;
  /** The product's version when read: a quote can tell the product changed since (DESIGN.md, rule 11). */
  version: number;
}

export type UnquotableReason = 'unknown' | 'retired' | 'notOnList';

export interface QuotablePrices {
  priceList: Pick<PriceList, 'id' | 'name' | 'kind' | 'currency' | 'isDefault'>;
  prices: QuotablePrice[];
  refused: { ref: string | number; reason: UnquotableReason }[];
}

export async function quotablePrices(deps: {
  products: ProductRepository;
  priceLists: PriceListRepository;
  teamId: string;
  priceListId: number;
  refs: readonly (string | number)[];
}): Promise<QuotablePrices> {
  const { teamId } = deps;
  const list = await deps.priceLists.findById(teamId, deps.priceListId);
  if (!list) throw new PriceListNotFoundError(`#${deps.priceListId}`);
  if (list.status !== 'active') throw new PriceListArchivedError(list);
  const keyOf = (ref: string | number) => (typeof ref === 'number' ? `#${ref}` : ref.trim().toLowerCase());
  const refs = [...new Map(deps.refs.map((ref) => [keyOf(ref), ref])).values()];
  const found = await deps.products.forList(teamId, list.id, {
    ids: refs.filter((ref): ref is number => typeof ref === 'number'),
    skus: refs.filter((ref): ref is string => typeof ref === 'string').map((sku) => sku.trim()),
  });
  const byKey = new Map<string, (typeof found)[number]>();
  for (const row of found) {
    byKey.set(`#${row.product.id}`, row);
    byKey.set(row.product.sku.toLowerCase(), row);
  }
  const answer: QuotablePrices = {
    priceList: {
      id: list.id,
      name: list.name,
      kind: list.kind,
      currency: list.currency,
      isDefault: list.isDefault,
    },
    prices: [],
    refused: [],
  };
  for (const ref of refs) {
    const row = byKey.get(keyOf(ref));
    if (!row) answer.refused.push({ ref, reason: 'unknown' });
    else if (row.product.status === 'retired') answer.refused.push({ ref, reason: 'retired' });
    else if (row.priceMinor === null) answer.refused.push({ ref, reason: 'notOnList' });
    else {
      const { product } = row;
      answer.prices.push({
        productId: product.id,
        sku: product.sku,
        nameEn: product.nameEn,
        nameZh: product.nameZh,
        unit: product.unit,
        currency: list.currency,
        listPriceMinor: row.priceMinor,
        taxRateBp: product.taxRateBp,
        floorPriceMinor: product.currency === list.currency ? product.floorPriceMinor : null,
        version: product.version,
      });
    }
  }
  return answer;
}
