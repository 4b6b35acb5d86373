import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { declineQuote } from '../../../features/quotes/quote-lifecycle.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { dmQuoteMessage } from '../../quotes/quote-replies.js';
import { decodeChildMetadata } from '../../quotes/quote-values.js';
import { redrawLeadCardAfterQuote } from '../../quotes/redraw-lead-card.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/** The customer's "no", with its reason: the quote is declined, the rep gets it back with "Revise";
 * the lead's card in the channel shows it declined. */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.quoteDecline,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) =>
        readInput(view.state.values as unknown as ViewStateValues, BLOCKS.quoteDeclineReason)?.trim()
          ? undefined
          : { [BLOCKS.quoteDeclineReason]: t('quotes.error.declineReason') },
      work: async ({ view, client, request, modal }) => {
        const { actor, team, t, log } = request;
        const metadata = decodeChildMetadata(view.private_metadata);
        if (!metadata) throw new Error('decline form without metadata');
        const reason = readInput(view.state.values as unknown as ViewStateValues, BLOCKS.quoteDeclineReason);
        const { quote, lead } = await declineQuote({ ...deps, actor, quoteId: metadata.quoteId, reason });
        const done = t('quotes.declined.done', { number: quote.number });
        await modal.done(done);
        await dmQuoteMessage({ deps, client, request, quoteId: quote.id, userId: actor.userId, note: done });
        await redrawLeadCardAfterQuote({ deps, client, actor, team, log, leadId: lead.id });
      },
    }),
  );
}
