import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { openQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeCardButton } from '../../leads/lead-card-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildQuoteBuilder } from '../../views/quotes/quote-builder-modal.js';

/** "New quote" on the lead card: the lead's quote in preparation, or a new one. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteNew,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const state = await openQuoteBuilder({
          ...deps,
          actor: request.actor,
          team: request.team,
          leadId: decodeCardButton(action.value)?.leadId ?? Number.NaN,
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
