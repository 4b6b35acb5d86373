import type { QuoteDocument } from './quote-document.types.js';
import { QuoteError } from './quotes.errors.js';

export type RenderQuotePdf = (document: QuoteDocument) => Promise<Uint8Array>;

/**
 * The PDF renderer, loaded on first use: fonts and layout code stay out of memory until someone sends a quote
 * (app idle memory is a target). A failed load is forgotten, so the next send tries again.
 */
export function lazyQuoteRenderer(load: () => Promise<{ renderQuotePdf: RenderQuotePdf }>): RenderQuotePdf {
  let loading: Promise<{ renderQuotePdf: RenderQuotePdf }> | undefined;
  return async (document) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new QuoteError('quote_renderer_unavailable', 'quotes.error.rendererUnavailable', {}, error);
    });
    return (await loading).renderQuotePdf(document);
  };
}
