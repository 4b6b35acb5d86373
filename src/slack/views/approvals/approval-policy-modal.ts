import type { KnownBlock } from '@slack/types';
import type { PolicyForm } from '../../../features/approvals/approval-input.js';
import type { ApprovalPolicy } from '../../../features/approvals/approvals.types.js';
import { CURRENCIES } from '../../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import {
  findOption,
  type ModalView,
  modalShell,
  options,
  plain,
  readInput,
  type ViewStateValues,
} from '../blocks.js';

const POLICY_BLOCKS: Record<keyof ApprovalPolicy, { block: string; label: MessageKey }> = {
  autoApproveDiscountPercent: { block: BLOCKS.policyAutoDiscount, label: 'approvals.policy.autoDiscount' },
  managerMaxDiscountPercent: {
    block: BLOCKS.policyManagerDiscount,
    label: 'approvals.policy.managerDiscount',
  },
  managerMaxContractAmount: {
    block: BLOCKS.policyManagerContract,
    label: 'approvals.policy.managerContract',
  },
  financeMinUpfrontPercent: { block: BLOCKS.policyFinanceUpfront, label: 'approvals.policy.financeUpfront' },
  financeAboveAmount: { block: BLOCKS.policyFinanceAmount, label: 'approvals.policy.financeAmount' },
  reminderDelayMinutes: { block: BLOCKS.policyReminderHours, label: 'approvals.policy.reminderHours' },
  escalationDelayMinutes: { block: BLOCKS.policyEscalationHours, label: 'approvals.policy.escalationHours' },
  currency: { block: BLOCKS.policyCurrency, label: 'approvals.policy.currency' },
};

function initialValue(field: keyof ApprovalPolicy, policy: ApprovalPolicy): string {
  const value = policy[field];
  if (field === 'reminderDelayMinutes' || field === 'escalationDelayMinutes')
    return String(Number(value) / 60);
  return value === null ? '' : String(value);
}

/** The admin's policy editor: every threshold of the bands, the delays, the currency. */
export function buildPolicyModal(input: {
  policy: ApprovalPolicy;
  currency: string;
  t: Translate;
}): ModalView {
  const { policy, t } = input;
  const currencies = options(CURRENCIES, (code) => code);
  const initialCurrency = findOption(currencies, policy.currency ?? input.currency);
  const blocks: KnownBlock[] = (Object.keys(POLICY_BLOCKS) as (keyof ApprovalPolicy)[])
    .filter((field) => field !== 'currency')
    .map((field) => ({
      type: 'input' as const,
      block_id: POLICY_BLOCKS[field].block,
      label: plain(t(POLICY_BLOCKS[field].label)),
      element: {
        type: 'plain_text_input' as const,
        action_id: POLICY_BLOCKS[field].block,
        max_length: 20,
        initial_value: initialValue(field, policy),
      },
    }));
  blocks.push({
    type: 'input',
    block_id: BLOCKS.policyCurrency,
    optional: true,
    label: plain(t('approvals.policy.currency')),
    element: {
      type: 'static_select',
      action_id: BLOCKS.policyCurrency,
      options: currencies,
      ...(initialCurrency ? { initial_option: initialCurrency } : {}),
    },
  });
  return modalShell({
    callbackId: VIEWS.approvalPolicy,
    title: t('approvals.policy.title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    blocks,
  });
}

export function readPolicyForm(values: ViewStateValues): PolicyForm {
  return Object.fromEntries(
    Object.entries(POLICY_BLOCKS).map(([field, { block }]) => [field, readInput(values, block)]),
  ) as PolicyForm;
}

export function policyFieldErrors(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      POLICY_BLOCKS[field as keyof ApprovalPolicy]?.block ?? field,
      t(key as MessageKey),
    ]),
  );
}
