import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { productName } from '../../../features/quotes/quote-lines.usecases.js';
import { searchQuoteProducts } from '../../../features/quotes/quote-products.usecases.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { ACTIONS } from '../../ids.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { onOptions } from '../../requests/options.js';
import { option } from '../../views/blocks.js';

/**
 * The builder's product picker (an `external_select`): type-ahead over the quote's price list, each option the
 * product's code, name in the rep's language and list price. Options answer within Slack's 3 seconds or empty.
 */
export function register(app: App, deps: AppDeps): void {
  app.options(
    { action_id: new RegExp(`^${ACTIONS.quoteProduct}_\\d+$`) },
    onOptions(deps, async ({ body, request }) => {
      const metadata = decodeBuilderMetadata(body.view?.private_metadata);
      if (!metadata) return [];
      const { quote, products } = await searchQuoteProducts({
        ...deps,
        actor: request.actor,
        quoteId: metadata.quoteId,
        text: body.value ?? '',
      });
      return products.map((product) =>
        option(
          `${product.sku} ${productName(product, request.actor.locale)} · ${formatMinor(product.priceMinor ?? 0, quote.currency)}`,
          String(product.productId),
        ),
      );
    }),
  );
}
