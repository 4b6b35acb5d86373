import type { DecisionResult } from '../../features/approvals/decisions.usecases.js';
import { showQuoteTo } from '../../features/quotes/quote-lists.usecases.js';
import { type Messenger, userLanguage } from '../approvals/approval-messenger.js';
import { escapeMrkdwn, truncate, userMention } from '../mrkdwn.js';
import { buildQuoteMessage } from '../views/quotes/quote-message.js';

/**
 * A quote's approval finished: its rep gets the quote back in a DM with the next step as a button (approved: Send
 * PDF; rejected, or sent back for changes with the approver's note: Edit and Request approval again). A failure
 * here is logged and never undoes the decision.
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
    // Sent back for changes: the approver's note on top, so the rep knows what to change before resubmitting.
    const note =
      decided.status === 'changes_requested'
        ? t('quotes.changes.note', {
            user: userMention(decided.decidedByUserId ?? ''),
            comment: escapeMrkdwn(truncate(decided.comment ?? '', 1500)),
          })
        : undefined;
    const message = buildQuoteMessage({
      summary: shown.summary,
      versions: shown.versions,
      t,
      ...(note ? { note } : {}),
    });
    await m.client.chat.postMessage({ channel: request.requesterUserId, ...message, unfurl_links: false });
  } catch (error) {
    m.log.warn({ err: error, requestId: request.id }, 'could not send the quote back to its rep');
  }
}
