import type { RejectedRow } from '../imports/imports.types.js';
import type { ProductChange, ProductUpdateSet } from './product-import.types.js';
import type { ProductRowValues } from './product-import-rows.js';
import { type FieldProblem, floorProblem } from './product-input.js';
import type { ProductInput, ProductPrice, ProductStatus } from './products.types.js';

/** What a price list import does with one row. */
export type ProductRow =
  | ({ kind: 'invalid' } & RejectedRow)
  | {
      kind: 'new';
      line: number;
      sku: string;
      product: ProductInput;
      status: ProductStatus;
      priceMinor: number;
    }
  | {
      kind: 'update';
      line: number;
      sku: string;
      productId: number;
      /** The version it was read at: a product changed since is left alone (counted as skipped). */
      version: number;
      set: ProductUpdateSet;
      /** The new price on the list, when the row changes it. */
      priceMinor?: number;
      changes: ProductChange[];
    }
  | { kind: 'unchanged'; line: number; sku: string }
  | { kind: 'repeated'; line: number; sku: string; firstLine: number };

type Problems = { problems: (FieldProblem & { field: string })[] };

/** A new code: the row must say everything a product needs, as the add form does. */
function newProduct(values: ProductRowValues, currency: string): ProductRow | Problems {
  const problems: Problems['problems'] = [];
  const nameEn = values.nameEn ?? null;
  const nameZh = values.nameZh ?? null;
  if (nameEn === null && nameZh === null)
    problems.push({ field: 'name', key: 'products.error.nameRequired' });
  if (values.unit === undefined) problems.push({ field: 'unit', key: 'products.error.required' });
  if (values.priceMinor === undefined) problems.push({ field: 'price', key: 'products.error.required' });
  if (values.taxRateBp === undefined) problems.push({ field: 'taxRate', key: 'products.error.required' });
  const floor = floorProblem(values.floorPriceMinor ?? null, values.priceMinor ?? null, currency);
  if (floor) problems.push({ field: 'floorPrice', ...floor });
  if (problems.length || values.unit === undefined || values.priceMinor === undefined) return { problems };
  return {
    kind: 'new',
    line: values.line,
    sku: values.sku,
    priceMinor: values.priceMinor,
    status: values.status ?? 'active',
    product: {
      sku: values.sku,
      nameEn,
      nameZh,
      unit: values.unit,
      taxRateBp: values.taxRateBp ?? 0,
      floorPriceMinor: values.floorPriceMinor ?? null,
    },
  };
}

/** A known code: what the row changes, compared with what is stored (nothing: unchanged). */
function updatedProduct(
  values: ProductRowValues,
  stored: ProductPrice,
  currency: string,
): ProductRow | Problems {
  const { product } = stored;
  const floorAfter = values.floorPriceMinor === undefined ? product.floorPriceMinor : values.floorPriceMinor;
  const priceAfter = values.priceMinor ?? stored.priceMinor;
  const floor = floorProblem(floorAfter, priceAfter, currency);
  // Only a floor or price this row sets can be wrong: a floor above another list's price is that list's business.
  if (floor && (values.floorPriceMinor !== undefined || values.priceMinor !== undefined))
    return { problems: [{ field: values.floorPriceMinor !== undefined ? 'floorPrice' : 'price', ...floor }] };
  const set: ProductUpdateSet = {};
  const changes: ProductChange[] = [];
  const compare = <K extends keyof ProductUpdateSet>(
    key: K,
    field: ProductChange['field'],
    after: ProductUpdateSet[K] | undefined,
  ) => {
    const before = (product as unknown as Record<string, unknown>)[key] as ProductUpdateSet[K];
    if (after === undefined || after === before) return;
    set[key] = after;
    changes.push({ field, before: before ?? null, after: after ?? null });
  };
  compare('nameEn', 'nameEn', values.nameEn ?? undefined);
  compare('nameZh', 'nameZh', values.nameZh ?? undefined);
  compare('unit', 'unit', values.unit);
  compare('taxRateBp', 'taxRate', values.taxRateBp);
  compare('floorPriceMinor', 'floorPrice', values.floorPriceMinor);
  compare('status', 'status', values.status);
  const price =
    values.priceMinor !== undefined && values.priceMinor !== stored.priceMinor
      ? values.priceMinor
      : undefined;
  if (price !== undefined) changes.push({ field: 'price', before: stored.priceMinor, after: price });
  if (changes.length === 0) return { kind: 'unchanged', line: values.line, sku: product.sku };
  return {
    kind: 'update',
    line: values.line,
    sku: product.sku,
    productId: product.id,
    version: product.version,
    set,
    ...(price !== undefined ? { priceMinor: price } : {}),
    changes,
  };
}

export function productRowOutcome(
  values: ProductRowValues,
  stored: ProductPrice | undefined,
  currency: string,
): ProductRow | Problems {
  return stored ? updatedProduct(values, stored, currency) : newProduct(values, currency);
}
