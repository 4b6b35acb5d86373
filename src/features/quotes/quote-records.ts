import type { contractLines, quoteLines, quotes, quoteVersions } from '../../db/schema/index.js';

/** Row types of the quote tables, apart from the domain constants so the schema can import those. */
export type Quote = typeof quotes.$inferSelect;
export type QuoteLine = typeof quoteLines.$inferSelect;
export type QuoteVersion = typeof quoteVersions.$inferSelect;
export type ContractLine = typeof contractLines.$inferSelect;

/** A quote as lists show it: with its lead's company and its current total. */
export interface QuoteSummary {
  quote: Quote;
  companyName: string;
  totalMinor: number;
  lineCount: number;
}
