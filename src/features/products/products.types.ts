/**
 * The price list's (价目表) states and kinds. The drizzle schema types its columns with these; nothing here imports
 * the schema, so both sides can use them without a cycle.
 */

/** A retired product can no longer be put on a new quote line; quotes that already carry it keep it as it was. */
export const PRODUCT_STATUSES = ['active', 'retired'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Standard (the team's default), a distributor's, or one customer's contract prices. A quote uses one list. */
export const PRICE_LIST_KINDS = ['standard', 'distributor', 'customer'] as const;
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];

export const PRICE_LIST_STATUSES = ['active', 'archived'] as const;
export type PriceListStatus = (typeof PRICE_LIST_STATUSES)[number];

/** Tax rates are basis points of the net amount: 1300 = 13 % (China's standard VAT rate), 0–10000. */
export const MAX_TAX_RATE_BP = 10_000;

/** A product as stored. Money is minor units in `currency` (the team's when it was created). */
export interface Product {
  id: number;
  teamId: string;
  sku: string;
  nameEn: string | null;
  nameZh: string | null;
  unit: string;
  taxRateBp: number;
  currency: string;
  floorPriceMinor: number | null;
  status: ProductStatus;
  version: number;
  createdByUserId: string;
  updatedByUserId: string | null;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PriceList {
  id: number;
  teamId: string;
  name: string;
  kind: PriceListKind;
  currency: string;
  isDefault: boolean;
  status: PriceListStatus;
  version: number;
  createdByUserId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What a product form or an import row sets on the product itself (its price is per list, apart). */
export interface ProductInput {
  sku: string;
  nameEn: string | null;
  nameZh: string | null;
  unit: string;
  taxRateBp: number;
  floorPriceMinor: number | null;
}

/** The product form as typed: every field text, read with the same rules as an import's cells. */
export interface ProductForm {
  sku: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  /** The list price on the default list, in the list's currency. */
  price: string;
  taxRate: string;
  floorPrice: string;
}
export type ProductFormField = keyof ProductForm;

/** Limits of the typed fields (Slack inputs get the same `max_length`). */
export const PRODUCT_LIMITS = { sku: 64, name: 200, unit: 20 } as const;

/**
 * A product as its reader may see it: the floor price only for those who approve or keep the books (managers,
 * directors, finance, admins); reps see `floorPriceMinor: null` and `floorVisible: false`.
 */
export interface VisibleProduct extends Product {
  floorVisible: boolean;
}

/** A product with its price on one list (null: not on that list). */
export interface ProductPrice {
  product: Product;
  priceMinor: number | null;
}

export interface PriceListWithCount extends PriceList {
  /** Products priced on the list (retired ones included: old quotes still refer to them). */
  productCount: number;
}
