import type { InputBlock, KnownBlock } from '@slack/types';
import type { ContractForm, DiscountForm } from '../../../features/approvals/approval-input.js';
import { CURRENCIES } from '../../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import {
  findOption,
  type ModalView,
  modalShell,
  mrkdwn,
  options,
  plain,
  readInput,
  type ViewStateValues,
} from '../blocks.js';

const DISCOUNT_BLOCKS: Record<keyof DiscountForm, string> = {
  percent: BLOCKS.discountPercent,
  targetPrice: BLOCKS.discountTargetPrice,
  listPrice: BLOCKS.discountListPrice,
  justification: BLOCKS.justification,
  expiresOn: BLOCKS.offerExpiry,
};
const CONTRACT_BLOCKS: Record<keyof ContractForm, string> = {
  amount: BLOCKS.contractAmount,
  currency: BLOCKS.contractCurrency,
  upfrontPercent: BLOCKS.upfrontPercent,
  paymentTerms: BLOCKS.paymentTerms,
  deliveryDate: BLOCKS.deliveryDate,
  specialTerms: BLOCKS.specialTerms,
  draftLink: BLOCKS.draftLink,
};

function text(
  id: string,
  label: string,
  value: string | null | undefined,
  opts: { optional?: boolean; multiline?: boolean; hint?: string; dispatch?: boolean; max?: number } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, 2000),
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    // Typing the percent re-routes the preview (views.update) once the user presses Enter or leaves the field.
    ...(opts.dispatch ? { dispatch_action: true } : {}),
    element: {
      type: 'plain_text_input',
      action_id: id,
      multiline: opts.multiline ?? false,
      max_length: opts.max ?? 2000,
      ...(opts.dispatch ? { dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] } } : {}),
      ...(value ? { initial_value: value } : {}),
    },
  };
}

function date(id: string, label: string, value: string | null | undefined): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label, 2000),
    element: { type: 'datepicker', action_id: id, ...(value ? { initial_date: value } : {}) },
  };
}

function header(leadLine: string, routeLine: string, t: Translate): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(t('approvals.modal.lead', { lead: leadLine })) },
    { type: 'context', block_id: BLOCKS.approvalRoute, elements: [mrkdwn(routeLine)] },
  ];
}

/** The discount request: percent (or target vs list price), justification, expiry; who approves, up front. */
export function buildDiscountModal(input: {
  values: DiscountForm;
  leadLine: string;
  routeLine: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { values, t } = input;
  return modalShell({
    callbackId: VIEWS.discountRequest,
    title: t('approvals.modal.discountTitle'),
    submit: t('approvals.modal.submit'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      ...header(input.leadLine, input.routeLine, t),
      text(BLOCKS.discountPercent, t('approvals.field.percent'), values.percent, {
        hint: t('approvals.field.percentHint'),
        dispatch: true,
        max: 10,
      }),
      text(BLOCKS.discountTargetPrice, t('approvals.field.targetPrice'), values.targetPrice, { max: 30 }),
      text(BLOCKS.discountListPrice, t('approvals.field.listPrice'), values.listPrice, { max: 30 }),
      text(BLOCKS.justification, t('approvals.field.justification'), values.justification, {
        optional: false,
        multiline: true,
      }),
      date(BLOCKS.offerExpiry, t('approvals.field.expiry'), values.expiresOn),
    ],
  });
}

export function buildContractModal(input: {
  values: ContractForm;
  leadLine: string;
  routeLine: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { values, t } = input;
  const currencies = options(CURRENCIES, (code) => code);
  const initialCurrency = findOption(currencies, values.currency);
  return modalShell({
    callbackId: VIEWS.contractRequest,
    title: t('approvals.modal.contractTitle'),
    submit: t('approvals.modal.submit'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      ...header(input.leadLine, input.routeLine, t),
      text(BLOCKS.contractAmount, t('approvals.field.amount'), values.amount, {
        optional: false,
        dispatch: true,
        max: 30,
      }),
      {
        type: 'input',
        block_id: BLOCKS.contractCurrency,
        optional: true,
        label: plain(t('approvals.field.currency')),
        element: {
          type: 'static_select',
          action_id: BLOCKS.contractCurrency,
          options: currencies,
          ...(initialCurrency ? { initial_option: initialCurrency } : {}),
        },
      },
      text(BLOCKS.upfrontPercent, t('approvals.field.upfront'), values.upfrontPercent, {
        optional: false,
        hint: t('approvals.field.upfrontHint'),
        dispatch: true,
        max: 10,
      }),
      text(BLOCKS.paymentTerms, t('approvals.field.paymentTerms'), values.paymentTerms, { multiline: true }),
      date(BLOCKS.deliveryDate, t('approvals.field.deliveryDate'), values.deliveryDate),
      text(BLOCKS.specialTerms, t('approvals.field.specialTerms'), values.specialTerms, { multiline: true }),
      text(BLOCKS.draftLink, t('approvals.field.draftLink'), values.draftLink, { max: 1000 }),
    ],
  });
}

export function readDiscountForm(values: ViewStateValues): DiscountForm {
  return Object.fromEntries(
    Object.entries(DISCOUNT_BLOCKS).map(([field, id]) => [field, readInput(values, id)]),
  ) as DiscountForm;
}

export function readContractForm(values: ViewStateValues): ContractForm {
  return Object.fromEntries(
    Object.entries(CONTRACT_BLOCKS).map(([field, id]) => [field, readInput(values, id)]),
  ) as ContractForm;
}

/** `response_action: errors` wants messages keyed by block id, in the user's language. */
export function approvalFieldErrors(
  kind: 'discount' | 'contract',
  errors: Record<string, string>,
  t: Translate,
): Record<string, string> {
  const blocks: Record<string, string> = kind === 'discount' ? DISCOUNT_BLOCKS : CONTRACT_BLOCKS;
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [blocks[field] ?? field, t(key as MessageKey)]),
  );
}
