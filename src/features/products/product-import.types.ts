import type { ProductInput, ProductStatus } from './products.types.js';

/** The columns a price list file can fill (README: "Price list"). `name` goes to the name of its script. */
export const PRODUCT_IMPORT_FIELDS = [
  'sku',
  'name',
  'nameEn',
  'nameZh',
  'unit',
  'price',
  'currency',
  'taxRate',
  'floorPrice',
  'status',
] as const;
export type ProductImportField = (typeof PRODUCT_IMPORT_FIELDS)[number];

/** A change a row makes to a product already on file: shown in the preview before anything is written. */
export interface ProductChange {
  field: 'nameEn' | 'nameZh' | 'unit' | 'taxRate' | 'floorPrice' | 'status' | 'price';
  /** Money in minor units of the list's currency, tax rates in basis points, the rest as text; null = none. */
  before: string | number | null;
  after: string | number | null;
}

/** What a row sets on a product that exists (only what it has: an empty cell never blanks a field). */
export type ProductUpdateSet = Partial<ProductInput> & { status?: ProductStatus };

export interface ProductImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  /** Codes the team does not have yet: products created, with their price on the list. */
  new: number;
  /** Products whose price on the list (or own fields) the row changes. */
  updated: number;
  /** Rows that say what is stored already: importing the same file again writes nothing. */
  unchanged: number;
  /** Rows whose code an earlier row of the file already had: the first one counts. */
  repeatedInFile: number;
}

/** What a price list import's preview says beyond rows read, valid and invalid. */
export interface ProductPreviewDetails {
  kind: 'products';
  priceList: { id: number; name: string; currency: string };
  counts: ProductImportCounts;
  /** The first rows that change a product, with what they change. */
  changedRows: { line: number; sku: string; changes: ProductChange[] }[];
}
