import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { PendingPayment, PendingPayments } from '../../../features/ledger/pending-payments.types.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { idButtonValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { mrkdwn, plain } from '../blocks.js';
import { buildDataTable, moneyCell, numberCell, type TableCell, textCell, userCell } from '../data-table.js';
import { money } from './ledger-format.js';

/**
 * Reports that get their own Confirm / Reject row under the table (a table cell cannot hold a button): one
 * actions block each, so the message stays far under Slack's 50 blocks.
 */
export const PENDING_PAYMENTS_WITH_BUTTONS = 20;

/** Customer names are user text of any length: a cell keeps this much so 100 rows fit the table's budget. */
const CUSTOMER_CHARS = 24;

export function pendingPaymentHeaders(t: Translate): string[] {
  return [
    t('lists.payments.column.contract'),
    t('lists.payments.column.customer'),
    t('lists.payments.column.rep'),
    t('lists.payments.column.amount'),
    t('lists.payments.column.receivedOn'),
    t('lists.payments.column.reportedBy'),
    t('lists.payments.column.daysWaiting'),
  ];
}

function paymentRow(payment: PendingPayment): TableCell[] {
  return [
    textCell(payment.contractNumber),
    textCell(payment.customerName, CUSTOMER_CHARS),
    userCell(payment.ownerUserId),
    moneyCell(payment.amountMinor, payment.currency),
    textCell(payment.receivedOn),
    userCell(payment.reportedByUserId),
    numberCell(payment.daysWaiting),
  ];
}

/** Confirm / Reject for one report: the same buttons (and values) as finance's notice of it. */
function decisionRow(payment: PendingPayment, t: Translate): ActionsBlock {
  const value = idButtonValue(payment.paymentId);
  const params = { contract: payment.contractNumber, amount: money(payment.amountMinor, payment.currency) };
  return {
    type: 'actions',
    block_id: `ledger_payment_${payment.paymentId}`,
    elements: [
      {
        type: 'button',
        style: 'primary',
        action_id: ACTIONS.paymentConfirm,
        text: plain(t('lists.payments.confirm', params), SLACK_LIMITS.buttonText),
        value,
      },
      {
        type: 'button',
        style: 'danger',
        action_id: ACTIONS.paymentReject,
        text: plain(t('lists.payments.reject', params), SLACK_LIMITS.buttonText),
        value,
      },
    ],
  };
}

/**
 * `/payment pending`: how many reports wait and their sums per currency, the oldest ones as a data table
 * (contract, customer, rep, amount, received on, reported by, days waiting; a totals row per currency), then
 * Confirm / Reject for the oldest `PENDING_PAYMENTS_WITH_BUTTONS`. What the table leaves out is said, never cut
 * silently.
 */
export function buildPendingPayments(input: { pending: PendingPayments; t: Translate }): {
  text: string;
  blocks?: KnownBlock[];
} {
  const { pending, t } = input;
  if (pending.total === 0 || pending.first.length === 0) return { text: t('ledger.payment.pendingNone') };
  const title = t('ledger.payment.pendingTitle', { count: pending.total });
  const totals = pending.totals
    .map((total) =>
      t('lists.payments.totalLine', {
        currency: total.currency,
        count: total.count,
        amount: money(total.amountMinor, total.currency),
      }),
    )
    .join('\n');
  const table = buildDataTable({
    caption: t('lists.payments.caption'),
    headers: pendingPaymentHeaders(t),
    rows: pending.first.map(paymentRow),
    totals: pending.totals.map((total) => {
      const dash = textCell('');
      return [
        textCell(t('common.table.total', { currency: total.currency })),
        numberCell(total.count),
        dash,
        moneyCell(total.amountMinor, total.currency),
        dash,
        dash,
        dash,
      ];
    }),
    count: pending.total,
    blockId: 'payment_pending_table',
  });
  const shown = table?.shown ?? 0;
  const withButtons = pending.first.slice(0, Math.min(shown, PENDING_PAYMENTS_WITH_BUTTONS));
  const notes = [
    ...(shown < pending.total ? [t('lists.payments.shown', { shown, total: pending.total })] : []),
    t('lists.payments.buttons', { count: withButtons.length }),
  ];
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('lists.payments.title'), SLACK_LIMITS.headerText) },
    { type: 'section', text: mrkdwn(`*${title}*\n${totals}`) },
    ...(table ? [table.block] : []),
    { type: 'context', elements: notes.map((note) => mrkdwn(note)) },
    ...withButtons.map((payment) => decisionRow(payment, t)),
  ];
  const text = [title, totals, ...notes.slice(0, shown < pending.total ? 1 : 0)].join('\n');
  return { text, blocks };
}
