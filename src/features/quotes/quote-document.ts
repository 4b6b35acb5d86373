import type { QuoteDocument } from './quote-document.types.js';
import type { Quote, QuoteLine } from './quote-records.js';
import { quoteTotals } from './quote-totals.js';

/**
 * The customer's document for the quote's current version, from its stored lines and terms. The amounts come from
 * `quoteTotals`, the same function the builder, the approval and the contract use, so the PDF never disagrees.
 */
export function buildQuoteDocument(input: {
  quote: Quote;
  lines: QuoteLine[];
  issuedOn: string;
  teamName: string;
  customer: { company: string; contactName: string | null };
  rep: { name: string; email?: string | null };
}): QuoteDocument {
  const { quote, lines } = input;
  const totals = quoteTotals(lines, quote.discountBp);
  return {
    language: quote.language,
    team: { name: input.teamName },
    number: quote.number,
    version: quote.currentVersion,
    issuedOn: input.issuedOn,
    validUntil: quote.validUntil,
    customer: input.customer,
    rep: { name: input.rep.name, email: input.rep.email ?? null },
    currency: quote.currency,
    lines: lines.map((line, index) => ({
      position: index + 1,
      sku: line.sku,
      description: line.description,
      unit: line.unit,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      discountBp: line.discountBp,
      taxRateBp: line.taxRateBp,
      netMinor: totals.lineNets[index] ?? 0,
    })),
    subtotalMinor: totals.subtotalMinor,
    discountMinor: totals.discountMinor,
    discountBp: quote.discountBp,
    taxMinor: totals.taxMinor,
    totalMinor: totals.totalMinor,
    paymentTerms: quote.paymentTerms,
    deliveryTime: quote.deliveryTime,
  };
}

/** The document's file name: `BJ-2026-0001-v1.pdf`. */
export function quoteFileName(number: string, version: number): string {
  return `${number}-v${version}.pdf`;
}
