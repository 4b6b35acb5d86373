import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reopenQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildQuoteBuilder } from '../../views/quotes/quote-builder-modal.js';

/** "Edit" on a quote message: the builder, built from the quote as it is now. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteOpen,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const clicked = decodeQuoteButton(action.value);
        const state = await reopenQuoteBuilder({
          ...deps,
          actor: request.actor,
          quoteId: clicked?.quoteId ?? Number.NaN,
        });
        await openModal({
          client,
          triggerId: body.trigger_id,
          view: buildQuoteBuilder({ state, page: 0, t: request.t }),
          request,
        });
      },
      { urgent: true },
    ),
  );
}
