import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reopenQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { reviseQuote } from '../../../features/quotes/quote-lifecycle.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildQuoteBuilder } from '../../views/quotes/quote-builder-modal.js';

/** "Revise": a sent, declined or expired quote becomes the next version's draft, opened in the builder. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteRevise,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        const clicked = decodeQuoteButton(action.value);
        const { quote } = await reviseQuote({
          ...deps,
          actor,
          team,
          quoteId: clicked?.quoteId ?? Number.NaN,
        });
        const state = await reopenQuoteBuilder({ ...deps, actor, quoteId: quote.id });
        const notice = t('quotes.revised.done', {
          number: quote.number,
          version: quote.currentVersion,
          validUntil: quote.validUntil,
        });
        await openModal({
          client,
          triggerId: body.trigger_id,
          view: buildQuoteBuilder({ state, page: 0, t, notice }),
          request,
        });
      },
      { urgent: true },
    ),
  );
}
