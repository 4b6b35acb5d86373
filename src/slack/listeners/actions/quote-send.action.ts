import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { sendQuote } from '../../../features/quotes/quote-lifecycle.usecases.js';
import { ACTIONS } from '../../ids.js';
import { deliverQuotePdf } from '../../quotes/quote-announcer.js';
import { redrawQuoteMessage } from '../../quotes/quote-replies.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { redrawLeadCardAfterQuote } from '../../quotes/redraw-lead-card.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Send PDF": an approved quote is rendered (the renderer loads on first use), frozen as sent, and its PDF
 * delivered to the rep's DM and the lead's thread; the lead's card in the channel is redrawn with the sent quote.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteSend,
    onAction<BlockButtonAction>(deps, async ({ action, body, client, respond, request }) => {
      const clicked = decodeQuoteButton(action.value);
      if (!clicked) return;
      const { actor, team, t, log } = request;
      await redrawQuoteMessage({
        deps,
        client,
        body,
        respond,
        request,
        quoteId: clicked.quoteId,
        work: async () => {
          const sent = await sendQuote({
            ...deps,
            actor,
            team,
            quoteId: clicked.quoteId,
            teamName: async () =>
              ((await client.auth.test().catch(() => ({}))) as { team?: string }).team ?? '',
          });
          await deliverQuotePdf({ deps, client, team, log }, { ...sent, t });
          await redrawLeadCardAfterQuote({ deps, client, actor, team, log, leadId: sent.lead.id });
          return t('quotes.sent.done', { number: sent.quote.number, version: sent.document.version });
        },
      });
    }),
  );
}
