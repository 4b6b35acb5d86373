import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { showQuote } from '../../../features/quotes/quote-lists.usecases.js';
import { QuoteStatusError } from '../../../features/quotes/quotes.errors.js';
import { ACTIONS } from '../../ids.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildDeclineModal } from '../../views/quotes/quote-modals.js';

/** "Customer declined": the reason form (required), for a sent quote. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteDecline,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const clicked = decodeQuoteButton(action.value);
        const { summary } = await showQuote({
          ...deps,
          actor: request.actor,
          ref: { kind: 'id', quoteId: clicked?.quoteId ?? Number.NaN },
        });
        const { quote } = summary;
        if (quote.status !== 'sent') throw new QuoteStatusError(quote.status, 'decline', quote.number);
        const view = buildDeclineModal({
          metadata: { quoteId: quote.id, version: quote.version },
          number: quote.number,
          t: request.t,
        });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
