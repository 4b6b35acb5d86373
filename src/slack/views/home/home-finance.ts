import type { KnownBlock } from '@slack/types';
import type { FinanceSection } from '../../../features/home/home.types.js';
import type { Translate } from '../../../i18n/index.js';
import { HOME_BLOCKS } from '../../home/home-ids.js';
import { ACTIONS } from '../../ids.js';
import { idButtonValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { money } from '../ledger/ledger-format.js';
import { agingBlocks } from '../ledger/overdue-views.js';

const CUSTOMER_PREVIEW = 60;

const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });

/**
 * The payments waiting: the true count, then each of the oldest with Confirm / Reject — the same action ids and
 * values as finance's DM notice, so the same listeners, use cases and authorization answer them.
 */
function pendingBlocks(queue: FinanceSection['pendingPayments'], t: Translate): KnownBlock[] {
  const title = t('home.finance.pending', { count: queue.total });
  if (queue.total === 0) return [section(`${title}\n${t('home.finance.pendingNone')}`)];
  const rows = queue.first.flatMap((row): KnownBlock[] => [
    section(
      t('home.finance.pendingLine', {
        contract: row.contractNumber,
        customer: escapeMrkdwn(truncate(row.customerName, CUSTOMER_PREVIEW)),
        amount: money(row.amountMinor, row.currency),
        on: row.receivedOn,
        user: userMention(row.reportedByUserId),
      }),
    ),
    {
      type: 'actions',
      block_id: `${HOME_BLOCKS.paymentRow}_${row.paymentId}`,
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: ACTIONS.paymentConfirm,
          text: plain(t('ledger.button.confirm'), SLACK_LIMITS.buttonText),
          value: idButtonValue(row.paymentId),
        },
        {
          type: 'button',
          style: 'danger',
          action_id: ACTIONS.paymentReject,
          text: plain(t('ledger.button.reject'), SLACK_LIMITS.buttonText),
          value: idButtonValue(row.paymentId),
        },
      ],
    },
  ]);
  const rest = queue.total - queue.first.length;
  const more = rest > 0 ? t('home.finance.pendingMore', { count: rest }) : t('home.finance.pendingHint');
  return [section(title), ...rows, { type: 'context', elements: [mrkdwn(more)] }];
}

function invoiceBlocks(queue: FinanceSection['invoicesWaiting'], t: Translate): KnownBlock[] {
  const title = t('home.finance.invoices', { count: queue.total });
  if (queue.total === 0) return [section(`${title}\n${t('home.finance.invoicesNone')}`)];
  const lines = queue.first.map((row) =>
    t('home.finance.invoiceLine', {
      contract: row.contractNumber,
      customer: escapeMrkdwn(truncate(row.customerName, CUSTOMER_PREVIEW)),
      amount: money(row.amountMinor, row.currency),
      user: userMention(row.requestedByUserId),
    }),
  );
  const rest = queue.total - queue.first.length;
  if (rest > 0) lines.push(t('home.finance.invoicesMore', { count: rest }));
  return [
    section([title, ...lines].join('\n')),
    {
      type: 'actions',
      // The same "Record invoice" button finance gets in its DM: it opens the invoice form from here too.
      elements: queue.first.slice(0, SLACK_LIMITS.actionsElements).map((row) => ({
        type: 'button' as const,
        action_id: `${ACTIONS.invoiceIssue}_${row.invoiceId}`,
        text: plain(t('home.finance.record', { contract: row.contractNumber }), SLACK_LIMITS.buttonText),
        value: idButtonValue(row.invoiceId),
      })),
    },
  ];
}

/** Finance's part of Home: payments to confirm, invoices to issue (true counts, oldest first), the aging. */
export function financeBlocks(finance: FinanceSection, t: Translate): KnownBlock[] {
  return [
    { type: 'divider' },
    { type: 'header', text: plain(t('home.finance.header'), SLACK_LIMITS.headerText) },
    ...pendingBlocks(finance.pendingPayments, t),
    ...invoiceBlocks(finance.invoicesWaiting, t),
    ...agingBlocks(finance.aging, t),
    { type: 'context', elements: [mrkdwn(t('home.finance.ledgerHint'))] },
  ];
}
