import type { DecisionResult } from '../../features/approvals/decisions.usecases.js';
import { showQuoteTo } from '../../features/quotes/quote-lists.usecases.js';
import { type Messenger, userLanguage } from '../approvals/approval-messenger.js';
import { buildQuoteMessage } from '../views/quotes/quote-message.js';

/**
 * A quote's approval finished: its rep gets the quote back in a DM with the next step as a button (approved: Send
 * PDF; rejected: Edit and Request approval again). A failure here is logged and never undoes the decision.
 */
export async function afterQuoteDecision(m: Messenger, result: DecisionResult): Promise<void> {
  const { request, next, decided } = result;
  if (next || request.details.kind !== 'quote' || decided.status === 'pending') return;
  try {
    const shown = await showQuoteTo({
      ...m.deps,
      team: m.team,
      userId: request.requesterUserId,
      quoteId: request.details.quoteId,
    });
    if (!shown) return;
    const { t } = await userLanguage(m, request.requesterUserId);
    const message = buildQuoteMessage({ summary: shown.summary, versions: shown.versions, t });
    await m.client.chat.postMessage({ channel: request.requesterUserId, ...message, unfurl_links: false });
  } catch (error) {
    m.log.warn({ err: error, requestId: request.id }, 'could not send the quote back to its rep');
  }
}
