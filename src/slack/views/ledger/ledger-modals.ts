import type { Contract, Installment, Invoice } from '../../../features/ledger/ledger.types.js';
import type { Translate } from '../../../i18n/index.js';
import { minorToDecimal } from '../../../lib/money/minor-units.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, mrkdwn } from '../blocks.js';
import { dateInput, textInput } from '../modal-inputs.js';
import { contractTitle, money } from './ledger-format.js';

const about = (contract: Pick<Contract, 'number' | 'customerName' | 'amountMinor' | 'currency'>) => ({
  type: 'context' as const,
  elements: [mrkdwn(`${contractTitle(contract)} · ${money(contract.amountMinor, contract.currency)}`)],
});

/** Mark signed: the link to the signed copy is required. */
export function buildSignModal(input: { contract: Contract; metadata: string; t: Translate }): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.contractSign,
    title: t('ledger.modal.signTitle'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      about(input.contract),
      textInput(BLOCKS.signedLink, t('ledger.field.signedLink'), {
        optional: false,
        max: 500,
        hint: t('ledger.field.signedLinkHint'),
      }),
    ],
  });
}

/** Delivered: the customer's acceptance, a note or a link. */
export function buildDeliveredModal(input: {
  contract: Contract;
  metadata: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.contractDelivered,
    title: t('ledger.modal.deliveredTitle'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      about(input.contract),
      textInput(BLOCKS.acceptanceNote, t('ledger.field.acceptance'), {
        optional: false,
        multiline: true,
        max: 2000,
      }),
    ],
  });
}

export type ReasonPurpose = 'cancel' | 'reject' | 'reverse';
const REASON_VIEWS = {
  cancel: VIEWS.contractCancel,
  reject: VIEWS.paymentReject,
  reverse: VIEWS.paymentReverse,
} as const;

/** Cancel a contract, reject or reverse a payment: always with a reason, kept in the audit. */
export function buildLedgerReasonModal(input: {
  purpose: ReasonPurpose;
  summary: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: REASON_VIEWS[input.purpose],
    title: t(`ledger.modal.${input.purpose}Title`),
    submit: t(`ledger.modal.${input.purpose}Submit`),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      { type: 'context', elements: [mrkdwn(input.summary)] },
      textInput(BLOCKS.ledgerReason, t('ledger.field.reason'), {
        optional: false,
        multiline: true,
        max: 2000,
      }),
    ],
  });
}

/** Finance records an approved invoice: number, date and the amount actually invoiced. */
export function buildIssueInvoiceModal(input: {
  invoice: Invoice;
  contract: Contract;
  today: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { t, invoice } = input;
  return modalShell({
    callbackId: VIEWS.invoiceIssue,
    title: t('ledger.modal.issueTitle'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      about(input.contract),
      textInput(BLOCKS.invoiceNumber, t('ledger.field.invoiceNumber'), { optional: false, max: 60 }),
      dateInput(BLOCKS.invoiceDate, t('ledger.field.invoiceDate'), { value: input.today, optional: false }),
      textInput(BLOCKS.invoiceAmount, t('ledger.field.invoiceAmount'), {
        value: minorToDecimal(invoice.amountMinor, invoice.currency),
        optional: false,
        max: 40,
        hint: t('ledger.field.invoiceAmountHint', { amount: money(invoice.amountMinor, invoice.currency) }),
      }),
    ],
  });
}

/** One installment a line, `YYYY-MM-DD amount`, prefilled with the current schedule. */
export function scheduleText(
  installments: Pick<Installment, 'dueOn' | 'amountMinor'>[],
  currency: string,
): string {
  return installments.map((row) => `${row.dueOn} ${minorToDecimal(row.amountMinor, currency)}`).join('\n');
}

export function buildScheduleModal(input: {
  contract: Contract;
  installments: Installment[];
  metadata: string;
  t: Translate;
}): ModalView {
  const { t, contract } = input;
  return modalShell({
    callbackId: VIEWS.contractSchedule,
    title: t('ledger.modal.scheduleTitle'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      about(contract),
      textInput(BLOCKS.scheduleRows, t('ledger.field.schedule'), {
        optional: false,
        multiline: true,
        max: 2000,
        value: scheduleText(input.installments, contract.currency),
        hint: t('ledger.field.scheduleHint', { amount: money(contract.amountMinor, contract.currency) }),
      }),
    ],
  });
}
