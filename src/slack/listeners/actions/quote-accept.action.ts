import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { acceptQuote } from '../../../features/quotes/quote-lifecycle.usecases.js';
import { openRequestModal } from '../../approvals/request-modal.js';
import { ACTIONS } from '../../ids.js';
import { redrawQuoteMessage } from '../../quotes/quote-replies.js';
import { decodeQuoteButton } from '../../quotes/quote-values.js';
import { redrawLeadCardAfterQuote } from '../../quotes/redraw-lead-card.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Customer accepted": the acceptance is recorded and the contract request opens pre-filled with the quote's total,
 * payment terms and delivery time; approved, the contract keeps the quote's lines. An expired quote is refused
 * with the way forward (revise it). The lead's card in the channel is redrawn with the accepted quote.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteAccept,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, respond, request }) => {
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
            const { prefill, lead, quote } = await acceptQuote({
              ...deps,
              actor,
              team,
              quoteId: clicked.quoteId,
            });
            // The form opens first: the click's trigger is good for three seconds only.
            const fromQuote = t('quotes.contract.fromQuote', {
              number: prefill.number,
              version: prefill.quoteVersion,
            });
            await openRequestModal({
              deps,
              client,
              triggerId: body.trigger_id,
              actor,
              team,
              t,
              kind: 'contract',
              leadId: lead.id,
              values: {
                amount: prefill.amount,
                currency: prefill.currency,
                paymentTerms: prefill.paymentTerms,
                specialTerms: [fromQuote, prefill.deliveryTime].filter(Boolean).join('\n'),
              },
              quote: { quoteId: prefill.quoteId, version: prefill.quoteVersion, number: prefill.number },
            });
            // After the form (its trigger expires): the channel card shows the quote accepted.
            await redrawLeadCardAfterQuote({ deps, client, actor, team, log, leadId: lead.id });
            return t('quotes.accepted.done', { number: quote.number });
          },
        });
      },
      { urgent: true },
    ),
  );
}
