import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { Quote, QuoteVersion } from '../../../features/quotes/quote-records.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { quoteButtonValue } from '../../quotes/quote-values.js';
import { mrkdwn, plain } from '../blocks.js';

export const statusLabel = (quote: Pick<Quote, 'status'>, t: Translate) =>
  t(`quotes.status.${quote.status}` as MessageKey);

export function quoteSummaryLine(
  summary: { quote: Quote; companyName: string; totalMinor: number },
  t: Translate,
) {
  const { quote } = summary;
  return t('quotes.message.summary', {
    number: quote.number,
    version: quote.currentVersion,
    company: escapeMrkdwn(truncate(summary.companyName, 120)),
    status: statusLabel(quote, t),
    total: formatMinor(summary.totalMinor, quote.currency),
    validUntil: quote.validUntil,
  });
}

/** The buttons a quote offers in its state: what its rep can do next. */
function quoteButtons(quote: Quote, t: Translate): ActionsBlock | undefined {
  const value = quoteButtonValue(quote);
  const button = (actionId: string, label: MessageKey, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: plain(t(label), SLACK_LIMITS.buttonText),
    value,
    ...(style ? { style } : {}),
  });
  const byStatus: Record<Quote['status'], ReturnType<typeof button>[]> = {
    draft: [
      button(ACTIONS.quoteSubmit, 'quotes.button.submit', 'primary'),
      button(ACTIONS.quoteOpen, 'quotes.button.edit'),
    ],
    pending_approval: [button(ACTIONS.quoteOpen, 'quotes.button.edit')],
    approved: [
      button(ACTIONS.quoteSend, 'quotes.button.send', 'primary'),
      button(ACTIONS.quoteOpen, 'quotes.button.edit'),
    ],
    sent: [
      button(ACTIONS.quoteAccept, 'quotes.button.accept', 'primary'),
      button(ACTIONS.quoteDecline, 'quotes.button.decline', 'danger'),
      button(ACTIONS.quoteRevise, 'quotes.button.revise'),
    ],
    accepted: [button(ACTIONS.quoteAccept, 'quotes.button.contract', 'primary')],
    declined: [button(ACTIONS.quoteRevise, 'quotes.button.revise')],
    expired: [button(ACTIONS.quoteRevise, 'quotes.button.revise')],
  };
  const elements = byStatus[quote.status];
  return elements.length
    ? { type: 'actions', block_id: `quote_${quote.id}_${quote.version}`, elements }
    : undefined;
}

/** One quote as a message: its summary, its rep, what was declined, its sent versions, and its next actions. */
export function buildQuoteMessage(input: {
  summary: { quote: Quote; companyName: string; totalMinor: number };
  versions?: QuoteVersion[];
  t: Translate;
  note?: string;
}): { text: string; blocks: KnownBlock[] } {
  const { summary, t } = input;
  const { quote } = summary;
  const summaryText = quoteSummaryLine(summary, t);
  const facts = [
    summaryText,
    t('quotes.message.owner', { owner: userMention(quote.ownerUserId) }),
    ...(quote.declineReason
      ? [t('quotes.message.declined', { reason: escapeMrkdwn(truncate(quote.declineReason, 500)) })]
      : []),
    ...(input.versions?.length
      ? [
          t('quotes.message.versions', {
            versions: input.versions
              .map((version) =>
                version.filePermalink
                  ? `<${version.filePermalink}|v${version.version}>`
                  : `v${version.version}`,
              )
              .join(' · '),
          }),
        ]
      : []),
  ];
  const buttons = quoteButtons(quote, t);
  const blocks: KnownBlock[] = [
    ...(input.note ? [{ type: 'section' as const, text: mrkdwn(input.note) }] : []),
    { type: 'section', text: mrkdwn(facts.join('\n')) },
    ...(buttons ? [buttons] : []),
  ];
  return {
    text: [input.note, summaryText].filter(Boolean).join('\n').slice(0, SLACK_LIMITS.sectionText),
    blocks,
  };
}
