import type { KnownBlock } from '@slack/types';
import type { Contract, Payment } from '../../../features/ledger/ledger.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { idButtonValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, slackDate, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { contractTitle, money } from './ledger-format.js';

function facts(payment: Payment, contract: Contract, t: Translate): string {
  const note = payment.note
    ? `\n${t('ledger.notice.note', { text: escapeMrkdwn(truncate(payment.note, 500)) })}`
    : '';
  return `${t('ledger.notice.payment', {
    contract: contractTitle(contract),
    amount: money(payment.amountMinor, payment.currency),
    date: payment.receivedOn,
    user: userMention(payment.reportedByUserId),
    collected: money(contract.collectedMinor, contract.currency),
    total: money(contract.amountMinor, contract.currency),
  })}${note}`;
}

/** Finance's copy of a rep's report: Confirm / Reject. Only confirmed money counts. */
export function buildPaymentReportedNotice(input: { payment: Payment; contract: Contract; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { payment, contract, t } = input;
  const value = idButtonValue(payment.id);
  return {
    text: t('ledger.notice.fallback', {
      number: contract.number,
      amount: money(payment.amountMinor, payment.currency),
    }),
    blocks: [
      { type: 'section', text: mrkdwn(facts(payment, contract, t)) },
      {
        type: 'actions',
        block_id: `ledger_payment_${payment.id}`,
        elements: [
          {
            type: 'button',
            style: 'primary',
            action_id: ACTIONS.paymentConfirm,
            text: plain(t('ledger.button.confirm'), SLACK_LIMITS.buttonText),
            value,
          },
          {
            type: 'button',
            style: 'danger',
            action_id: ACTIONS.paymentReject,
            text: plain(t('ledger.button.reject'), SLACK_LIMITS.buttonText),
            value,
          },
        ],
      },
    ],
  };
}

/** The same notice once decided: who did what, when; no buttons left. */
export function buildPaymentDecidedNotice(input: { payment: Payment; contract: Contract; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { payment, contract, t } = input;
  const by = payment.confirmedByUserId ?? payment.rejectedByUserId ?? payment.reversedByUserId;
  const at = payment.reversedAt ?? payment.rejectedAt ?? payment.confirmedAt;
  const reason = payment.rejectReason ?? payment.reverseReason;
  const outcome = t('ledger.notice.decided', {
    status: t(`ledger.payment.${payment.status}` as MessageKey),
    user: by ? userMention(by) : '',
    when: at ? slackDate(at, at.toISOString()) : '',
  });
  const why = reason ? `\n${t('ledger.notice.reason', { text: escapeMrkdwn(truncate(reason, 500)) })}` : '';
  return {
    text: t('ledger.notice.fallback', {
      number: contract.number,
      amount: money(payment.amountMinor, payment.currency),
    }),
    blocks: [{ type: 'section', text: mrkdwn(`${facts(payment, contract, t)}\n${outcome}${why}`) }],
  };
}
