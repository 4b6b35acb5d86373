import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { submitQuote } from '../../../features/quotes/quote-approval.usecases.js';
import { ACTIONS } from '../../ids.js';
import { announceQuoteSubmission } from '../../quotes/quote-announcer.js';
import { redrawQuoteMessage } from '../../quotes/quote-replies.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';

/** "Request approval": the quote's discounts go through the team's policy; the approver gets it in the lead's thread. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteSubmit,
    onAction<BlockButtonAction>(deps, async ({ action, body, client, respond, request }) => {
      const clicked = decodeQuoteButton(action.value);
      if (!clicked) return;
      await redrawQuoteMessage({
        deps,
        client,
        body,
        respond,
        request,
        quoteId: clicked.quoteId,
        work: async () => {
          const outcome = await submitQuote({
            ...deps,
            actor: request.actor,
            quoteId: clicked.quoteId,
            seenVersion: clicked.version,
          });
          return announceQuoteSubmission(
            { deps, client, team: request.team, log: request.log },
            outcome,
            request.t,
          );
        },
      });
    }),
  );
}
