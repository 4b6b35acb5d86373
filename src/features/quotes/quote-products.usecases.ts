import type { Actor } from '../team/team.types.js';
import { loadOwnQuote, type QuoteDeps } from './quote-access.js';
import type { PricedProduct } from './quote-pricing.repository.js';
import type { Quote } from './quote-records.js';

/** How many products the picker offers per keystroke (Slack shows at most 100 options). */
export const PRODUCT_SEARCH_LIMIT = 50;

/** The type-ahead of the builder's product picker: active products on the quote's own price list. */
export async function searchQuoteProducts(
  deps: QuoteDeps & { actor: Actor; quoteId: number; text: string },
): Promise<{ quote: Quote; products: PricedProduct[] }> {
  const { quote } = await loadOwnQuote(deps);
  if (quote.priceListId === null) return { quote, products: [] };
  const products = await deps.quotePricing.searchProducts(
    deps.actor.teamId,
    quote.priceListId,
    deps.text.trim().slice(0, 100),
    PRODUCT_SEARCH_LIMIT,
  );
  return { quote, products };
}
