import { formatMinor } from '../../lib/money/minor-units.js';
import { type PriceProblem, readPrice, readTaxRate } from './product-money.js';
import {
  PRODUCT_LIMITS,
  type ProductForm,
  type ProductFormField,
  type ProductInput,
} from './products.types.js';

/** Why a field cannot be saved: a catalog key (`products.error.*`) and what fills it in. */
export interface FieldProblem {
  key: ProductProblemKey;
  params?: Record<string, string | number>;
}

export type ProductProblemKey =
  | 'products.error.required'
  | 'products.error.skuSpaces'
  | 'products.error.skuTaken'
  | 'products.error.tooLong'
  | 'products.error.nameRequired'
  | `products.error.price.${PriceProblem}`
  | `products.error.floor.${Exclude<PriceProblem, 'zero'>}`
  | 'products.error.floorAbovePrice'
  | 'products.error.taxRate.invalid'
  | 'products.error.taxRate.above100';

export type FieldReading<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const ok = <T>(value: T): FieldReading<T> => ({ ok: true, value });
const problem = (key: ProductProblemKey, params?: FieldProblem['params']): FieldReading<never> => ({
  ok: false,
  problem: params ? { key, params } : { key },
});

/** Text as typed, with full-width letters and digits made ordinary (`ＡＢ－１` is `AB-1`). */
export const cleanText = (text: string) => text.normalize('NFKC').trim();

/** The code people type in commands and quote lines (`SKU qty`): one word, so it can never be read as two. */
export function readSku(text: string): FieldReading<string> {
  const sku = cleanText(text);
  if (!sku) return problem('products.error.required');
  if (/\s/.test(sku)) return problem('products.error.skuSpaces');
  if (sku.length > PRODUCT_LIMITS.sku) return problem('products.error.tooLong', { max: PRODUCT_LIMITS.sku });
  return ok(sku);
}

export function readName(text: string): FieldReading<string | null> {
  const name = cleanText(text).replace(/\s+/g, ' ');
  if (name.length > PRODUCT_LIMITS.name)
    return problem('products.error.tooLong', { max: PRODUCT_LIMITS.name });
  return ok(name || null);
}

export function readUnit(text: string): FieldReading<string> {
  const unit = cleanText(text);
  if (!unit) return problem('products.error.required');
  if (unit.length > PRODUCT_LIMITS.unit)
    return problem('products.error.tooLong', { max: PRODUCT_LIMITS.unit });
  return ok(unit);
}

export function readListPrice(text: string, currency: string): FieldReading<number> {
  if (!cleanText(text)) return problem('products.error.required');
  const price = readPrice(text, currency);
  return price.ok ? ok(price.minor) : problem(`products.error.price.${price.problem}`, { currency });
}

/** Empty, or zero, is "no floor". */
export function readFloorPrice(text: string, currency: string): FieldReading<number | null> {
  if (!cleanText(text)) return ok(null);
  const floor = readPrice(text, currency);
  if (floor.ok) return ok(floor.minor);
  return floor.problem === 'zero' ? ok(null) : problem(`products.error.floor.${floor.problem}`, { currency });
}

export function readTaxRateField(text: string): FieldReading<number> {
  if (!cleanText(text)) return problem('products.error.required');
  const rate = readTaxRate(text);
  return rate.ok ? ok(rate.basisPoints) : problem(`products.error.taxRate.${rate.problem}`);
}

/**
 * A floor above the price is refused rather than warned about: every sale at the list price would then need the
 * top approver, which nobody means. (A price set on another list below the floor is allowed, with a warning: a
 * distributor may well buy below it, with approval.)
 */
export function floorProblem(
  floor: number | null,
  price: number | null,
  currency: string,
): FieldProblem | null {
  if (floor === null || price === null || floor <= price) return null;
  return { key: 'products.error.floorAbovePrice', params: { price: formatMinor(price, currency) } };
}

export type ProductFormResult =
  | { ok: true; input: ProductInput; priceMinor: number }
  | { ok: false; errors: Partial<Record<ProductFormField, FieldProblem>> };

/** The add and edit forms: every field checked, each problem under its own field. */
export function validateProductForm(form: ProductForm, currency: string): ProductFormResult {
  const errors: Partial<Record<ProductFormField, FieldProblem>> = {};
  const read = <T>(field: ProductFormField, reading: FieldReading<T>): T | undefined => {
    if (reading.ok) return reading.value;
    errors[field] = reading.problem;
    return undefined;
  };
  const sku = read('sku', readSku(form.sku));
  const nameEn = read('nameEn', readName(form.nameEn));
  const nameZh = read('nameZh', readName(form.nameZh));
  if (nameEn === null && nameZh === null) errors.nameEn = { key: 'products.error.nameRequired' };
  const unit = read('unit', readUnit(form.unit));
  const priceMinor = read('price', readListPrice(form.price, currency));
  const taxRateBp = read('taxRate', readTaxRateField(form.taxRate));
  const floorPriceMinor = read('floorPrice', readFloorPrice(form.floorPrice, currency));
  const aboveFloor = floorProblem(floorPriceMinor ?? null, priceMinor ?? null, currency);
  if (aboveFloor) errors.floorPrice = aboveFloor;
  if (
    Object.keys(errors).length > 0 ||
    sku === undefined ||
    unit === undefined ||
    priceMinor === undefined ||
    taxRateBp === undefined ||
    floorPriceMinor === undefined
  )
    return { ok: false, errors };
  return {
    ok: true,
    priceMinor,
    input: { sku, nameEn: nameEn ?? null, nameZh: nameZh ?? null, unit, taxRateBp, floorPriceMinor },
  };
}
