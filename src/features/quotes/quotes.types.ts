/**
 * The quote's (报价单) states and limits. The drizzle schema types its columns with these; nothing here imports the
 * schema, so both sides can use them without a cycle.
 */

/**
 * `draft` → `pending_approval` → `approved` → `sent` → `accepted` / `declined` / `expired`. A rejected or cancelled
 * approval puts the quote back to `draft`; revising a sent (or expired, or declined) quote makes the next version,
 * a `draft` again, while every sent version stays frozen in `quote_versions`.
 */
export const QUOTE_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'accepted',
  'declined',
  'expired',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** The statuses in which the quote's lines and terms may still change (an approved quote changed needs approving again). */
export const EDITABLE_QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'approved'];
/** The statuses a revision starts from: the customer saw this version, so the change becomes a new one. */
export const REVISABLE_QUOTE_STATUSES: readonly QuoteStatus[] = ['sent', 'declined', 'expired'];

export const QUOTE_LANGUAGES = ['en', 'zh-CN'] as const;
export type QuoteLanguage = (typeof QUOTE_LANGUAGES)[number];

/** A quote holds at most this many lines (a modal pages them; pasting and CSV import check it). */
export const MAX_QUOTE_LINES = 200;
/** A quote is valid for this many days unless the rep picks another date. */
export const DEFAULT_VALIDITY_DAYS = 30;
/** The team's quote numbers start with this (`BJ-2026-0001`) until finance sets another prefix. */
export const DEFAULT_QUOTE_PREFIX = 'BJ';

/** A line as the use cases price it, before it is stored. */
export interface NewQuoteLine {
  productId: number | null;
  sku: string | null;
  description: string;
  unit: string;
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  taxRateBp: number;
  listPriceMinor: number | null;
  floorPriceMinor: number | null;
}

/** The terms the builder's form edits (the lines are edited one action at a time). */
export interface QuoteTerms {
  validUntil: string;
  paymentTerms: string | null;
  deliveryTime: string | null;
  discountBp: number;
  language: QuoteLanguage;
}

/** A team logo on the quote PDF: at most this many bytes, its sides between these many pixels. */
export const MAX_LOGO_BYTES = 256 * 1024;
export const MIN_LOGO_SIDE = 16;
export const MAX_LOGO_SIDE = 4_000;
