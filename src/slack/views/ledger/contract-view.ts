import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { ContractDetail } from '../../../features/ledger/contracts.usecases.js';
import type {
  ContractFacts,
  ContractSummary,
  Installment,
  Invoice,
  Payment,
} from '../../../features/ledger/ledger.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { contractButtonValue, idButtonValue } from '../../ledger/ledger-values.js';
import { shortfallNeeded } from '../../ledger/shortfall-message.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { contractLine, money, statusLabel } from './ledger-format.js';

const MAX_LISTED = 12;

function installmentLine(row: Installment, currency: string, today: string, t: Translate): string {
  const open = row.amountMinor - row.collectedMinor;
  const state =
    open === 0
      ? t('ledger.installment.paid')
      : row.dueOn < today
        ? t('ledger.installment.overdue', { open: money(open, currency) })
        : t('ledger.installment.open', { open: money(open, currency) });
  const label = row.isUpfront
    ? t('ledger.installment.upfront')
    : t('ledger.installment.number', { seq: row.seq });
  return `• ${label} · ${row.dueOn} · ${money(row.amountMinor, currency)} · ${state}`;
}

function paymentLine(payment: Payment, t: Translate): string {
  const note = payment.note ? ` · ${escapeMrkdwn(truncate(payment.note, 100))}` : '';
  return `• ${payment.receivedOn} · ${money(payment.amountMinor, payment.currency)} · ${t(`ledger.payment.${payment.status}` as MessageKey)} · ${userMention(payment.reportedByUserId)}${note}`;
}

function invoiceLine(invoice: Invoice, t: Translate): string {
  const number = invoice.invoiceNumber ? ` · ${escapeMrkdwn(invoice.invoiceNumber)}` : '';
  return `• ${money(invoice.amountMinor, invoice.currency)} · ${t(`ledger.invoice.${invoice.status}` as MessageKey)}${number}`;
}

/** The reversal buttons finance sees on confirmed payments, at most a few (a message holds 50 blocks). */
function reverseButtons(payments: Payment[], t: Translate): ActionsBlock | null {
  const confirmed = payments.filter((payment) => payment.status === 'confirmed').slice(-5);
  if (confirmed.length === 0) return null;
  return {
    type: 'actions',
    block_id: 'ledger_payment_reverse',
    elements: confirmed.map((payment) => ({
      type: 'button' as const,
      action_id: `${ACTIONS.paymentReverse}_${payment.id}`,
      text: plain(
        t('ledger.button.reverse', {
          amount: money(payment.amountMinor, payment.currency),
          date: payment.receivedOn,
        }),
        SLACK_LIMITS.buttonText,
      ),
      value: idButtonValue(payment.id),
    })),
  };
}

/** One contract: the money, the schedule, payments, invoices and the buttons the reader may use. */
export function buildContractMessage(input: {
  detail: ContractDetail;
  today: string;
  /** Finance and admins: reversal and issuing buttons. */
  finance: boolean;
  t: Translate;
}): { text: string; blocks: KnownBlock[] } {
  const { detail, t, today } = input;
  const { contract } = detail.summary;
  const needed = detail.shortfall ? shortfallNeeded(detail.shortfall) : 0;
  const facts = [
    contractLine(detail.summary, t),
    detail.shortfall
      ? needed > 0
        ? t('ledger.shortfall.flag', { needed: money(needed, contract.currency) })
        : t('ledger.shortfall.flagAny')
      : null,
    contract.deliveryDate ? t('ledger.contract.deliveryDate', { date: contract.deliveryDate }) : null,
    contract.signedLink ? t('ledger.contract.signedLink', { link: escapeMrkdwn(contract.signedLink) }) : null,
    contract.acceptanceNote
      ? t('ledger.contract.acceptance', { text: escapeMrkdwn(truncate(contract.acceptanceNote, 300)) })
      : null,
    contract.cancelReason
      ? t('ledger.contract.cancelReason', { text: escapeMrkdwn(truncate(contract.cancelReason, 300)) })
      : null,
  ].filter(Boolean);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(facts.join('\n')) }];
  const list = (title: string, lines: string[]) =>
    lines.length
      ? blocks.push({ type: 'section', text: mrkdwn(`*${title}*\n${lines.slice(0, MAX_LISTED).join('\n')}`) })
      : 0;
  list(
    t('ledger.contract.schedule'),
    detail.installments.map((row) => installmentLine(row, contract.currency, today, t)),
  );
  list(
    t('ledger.contract.payments'),
    detail.payments.map((row) => paymentLine(row, t)),
  );
  list(
    t('ledger.contract.invoices'),
    detail.invoices.map((row) => invoiceLine(row, t)),
  );
  const value = contractButtonValue(contract);
  const button = (actionId: string, label: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: plain(label, SLACK_LIMITS.buttonText),
    value,
    ...(style ? { style } : {}),
  });
  const elements = [
    ...(detail.can.sign ? [button(ACTIONS.contractSign, t('ledger.button.sign'), 'primary')] : []),
    ...(detail.can.adjust ? [button(ACTIONS.contractSchedule, t('ledger.button.schedule'))] : []),
    ...(detail.can.deliver && contract.status === 'signed'
      ? [button(ACTIONS.contractDeliver, t('ledger.button.deliver'))]
      : []),
    ...(detail.can.deliver && contract.status === 'delivering'
      ? [button(ACTIONS.contractDelivered, t('ledger.button.delivered'))]
      : []),
    ...(detail.can.cancel ? [button(ACTIONS.contractCancel, t('ledger.button.cancel'), 'danger')] : []),
    // After-sales service for the contract's customer (售后服务); the use case checks the caller and the customer.
    ...(contract.status === 'cancelled'
      ? []
      : [button(ACTIONS.serviceNewForContract, t('service.card.button'))]),
    ...(input.finance
      ? detail.invoices
          .filter((invoice) => invoice.status === 'approved')
          .slice(0, 3)
          .map((invoice) => ({
            type: 'button' as const,
            action_id: `${ACTIONS.invoiceIssue}_${invoice.id}`,
            text: plain(
              t('ledger.button.issue', { amount: money(invoice.amountMinor, invoice.currency) }),
              SLACK_LIMITS.buttonText,
            ),
            value: idButtonValue(invoice.id),
          }))
      : []),
  ];
  if (elements.length) blocks.push({ type: 'actions', block_id: `ledger_contract_${contract.id}`, elements });
  const reverse = input.finance ? reverseButtons(detail.payments, t) : null;
  if (reverse) blocks.push(reverse);
  const text = t('ledger.contract.fallback', {
    number: contract.number,
    status: statusLabel(contract.status, t),
  });
  return { text, blocks };
}

/** The lead card's contract section: each contract, its status, collected and outstanding and the collected %. */
export function leadCardContractSection(
  summaries: ContractSummary<ContractFacts>[],
  t: Translate,
): string | null {
  if (summaries.length === 0) return null;
  return `*${t('ledger.card.title')}*\n${summaries.map((summary) => `• ${contractLine(summary, t, false)}`).join('\n')}`;
}
