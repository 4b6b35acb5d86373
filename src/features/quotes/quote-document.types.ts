/**
 * What the customer's quote document (报价单, a PDF) shows: one version of a quote, frozen as it was sent. The quote
 * use cases fill it from the database; the PDF renderer only lays it out, so the document can be rendered again
 * exactly from a sent version. Money is integer minor units of `currency`; rates and discounts are basis points.
 */
export interface QuoteDocument {
  /** The language the customer reads (a choice per quote: the rep's or the customer's). */
  language: 'en' | 'zh-CN';
  team: {
    name: string;
    /** An optional logo (PNG or JPEG bytes), drawn in the header. */
    logo?: Uint8Array | null;
  };
  /** `BJ-2026-0001`: the team's prefix, the year, a gap-free sequence per team and year. */
  number: string;
  /** 1 for the first sent version; a revision of a sent quote is the next version. */
  version: number;
  /** ISO dates (`YYYY-MM-DD`) in the team's zone. */
  issuedOn: string;
  validUntil: string;
  customer: { company: string; contactName?: string | null };
  rep: { name: string; email?: string | null; phone?: string | null };
  /** ISO 4217 code of every amount below. */
  currency: string;
  lines: QuoteDocumentLine[];
  /** Sum of the lines' net amounts (after each line's discount, before the whole-quote discount and tax). */
  subtotalMinor: number;
  /** The whole-quote discount as money (≥ 0) and as basis points of the subtotal (0 when none). */
  discountMinor: number;
  discountBp: number;
  taxMinor: number;
  /** subtotal − discount + tax: what the customer pays. */
  totalMinor: number;
  paymentTerms?: string | null;
  deliveryTime?: string | null;
  notes?: string | null;
}

export interface QuoteDocumentLine {
  /** 1-based position on the quote. */
  position: number;
  /** The product's code; null for a free-text line. */
  sku: string | null;
  /** The product's name in the document's language (or the free text as typed). */
  description: string;
  unit: string;
  /** Quantity in thousandths (1500 = 1.5): exact, no floating point. */
  quantityMilli: number;
  unitPriceMinor: number;
  /** The line's discount in basis points of its gross amount (1000 = 10 %). */
  discountBp: number;
  taxRateBp: number;
  /** Quantity × unit price − the line's discount, rounded per line half up to the minor unit; before tax. */
  netMinor: number;
}
