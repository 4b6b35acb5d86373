import { readCurrency, unguard } from '../imports/import-values.js';
import type { ColumnMapping, RowProblem } from '../imports/imports.types.js';
import type { ProductImportField } from './product-import.types.js';
import {
  type FieldReading,
  readFloorPrice,
  readListPrice,
  readName,
  readSku,
  readTaxRateField,
  readUnit,
} from './product-input.js';
import type { ProductStatus } from './products.types.js';

/** What one row says about a product; a field it leaves empty is undefined (an empty cell never blanks a field). */
export interface ProductRowValues {
  line: number;
  sku: string;
  nameEn?: string | null;
  nameZh?: string | null;
  unit?: string;
  priceMinor?: number;
  taxRateBp?: number;
  /** null: the row says "no floor" (`0`). */
  floorPriceMinor?: number | null;
  status?: ProductStatus;
}

export type ProductRowReading =
  | { ok: true; values: ProductRowValues }
  | { ok: false; problems: RowProblem[] };

const STATUS_WORDS: Record<string, ProductStatus> = {
  active: 'active',
  activated: 'active',
  enabled: 'active',
  yes: 'active',
  y: 'active',
  on: 'active',
  在售: 'active',
  启用: 'active',
  有效: 'active',
  正常: 'active',
  是: 'active',
  retired: 'retired',
  inactive: 'retired',
  disabled: 'retired',
  discontinued: 'retired',
  no: 'retired',
  n: 'retired',
  off: 'retired',
  停售: 'retired',
  停用: 'retired',
  下架: 'retired',
  停产: 'retired',
  无效: 'retired',
  否: 'retired',
};

export function readStatus(text: string): ProductStatus | undefined {
  return STATUS_WORDS[text.normalize('NFKC').trim().toLowerCase()];
}

/** Han characters: a name written in Chinese is the Chinese name. */
const HAN = /\p{Script=Han}/u;

/**
 * Reads one row of a price list through the mapping, with the product form's own rules, in the list's currency
 * (a price written in another currency, in the cell or in a Currency column, is refused for that row). Whether
 * the row has everything a new product needs is decided once it is known whether the code is new.
 */
export function readProductRow(
  row: { line: number; cells: string[] },
  mapping: ColumnMapping,
  currency: string,
): ProductRowReading {
  const cell = (field: ProductImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : unguard(row.cells[column]?.trim() ?? '');
  };
  const problems: RowProblem[] = [];
  const values: ProductRowValues = { line: row.line, sku: '' };
  const read = <T>(field: ProductImportField, reading: FieldReading<T>): T | undefined => {
    if (reading.ok) return reading.value;
    problems.push({ field, ...reading.problem });
    return undefined;
  };
  values.sku = read('sku', readSku(cell('sku'))) ?? '';

  const name = read('name', readName(cell('name')));
  const nameEn = cell('nameEn') ? read('nameEn', readName(cell('nameEn'))) : undefined;
  const nameZh = cell('nameZh') ? read('nameZh', readName(cell('nameZh'))) : undefined;
  const generic = name ? (HAN.test(name) ? 'nameZh' : 'nameEn') : undefined;
  values.nameEn = nameEn ?? (generic === 'nameEn' ? name : undefined);
  values.nameZh = nameZh ?? (generic === 'nameZh' ? name : undefined);

  if (cell('unit')) values.unit = read('unit', readUnit(cell('unit')));
  const written = cell('currency');
  const rowCurrency = written ? readCurrency(written) : currency;
  if (!rowCurrency) problems.push({ field: 'currency', key: 'imports.error.currency' });
  else if (rowCurrency !== currency)
    problems.push({ field: 'price', key: 'products.error.price.currency', params: { currency } });
  else if (cell('price')) values.priceMinor = read('price', readListPrice(cell('price'), currency));
  if (cell('taxRate')) values.taxRateBp = read('taxRate', readTaxRateField(cell('taxRate')));
  if (cell('floorPrice')) {
    const floor = read('floorPrice', readFloorPrice(cell('floorPrice'), currency));
    if (floor !== undefined) values.floorPriceMinor = floor;
  }
  if (cell('status')) {
    values.status = readStatus(cell('status'));
    if (!values.status) problems.push({ field: 'status', key: 'products.error.status' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, values };
}
