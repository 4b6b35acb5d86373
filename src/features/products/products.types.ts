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
