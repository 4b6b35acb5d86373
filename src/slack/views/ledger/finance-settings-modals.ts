import { CURRENCIES } from '../../../features/leads/leads.types.js';
import type { CommissionPlan, FinancePolicy } from '../../../features/ledger/ledger.types.js';
import { DELIVERY_RULES } from '../../../features/ledger/ledger.types.js';
import type { PlanForm, PolicyForm } from '../../../features/ledger/ledger-input.js';
import { interestPercentText } from '../../../features/ledger/overdue-interest.js';
import type { Translate } from '../../../i18n/index.js';
import { minorToDecimal } from '../../../lib/money/minor-units.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { COMMISSION_BLOCKS } from '../../ledger/commission-ids.js';
import { type ModalView, modalShell, option, options, readInput, type ViewStateValues } from '../blocks.js';
import { selectInput, textInput } from '../modal-inputs.js';

const percent = (basisPoints: number) => String(basisPoints / 100);

/** The admin's finance policy: invoice threshold, director above an amount, delivery rule, overdue notice, win rule. */
export function buildFinancePolicyModal(input: {
  policy: FinancePolicy;
  teamCurrency: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { policy, t } = input;
  const currency = policy.currency ?? input.teamCurrency;
  const yesNo = [option(t('ledger.policy.yes'), 'yes'), option(t('ledger.policy.no'), 'no')];
  return modalShell({
    callbackId: VIEWS.financePolicy,
    title: t('ledger.policy.title'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      textInput(BLOCKS.policyInvoiceThreshold, t('ledger.policy.invoiceThreshold'), {
        value: percent(policy.invoiceThresholdBp),
        optional: false,
        max: 10,
      }),
      textInput(BLOCKS.policyInvoiceDirectorAbove, t('ledger.policy.invoiceDirectorAbove'), {
        value:
          policy.invoiceDirectorAboveMinor === null
            ? null
            : minorToDecimal(policy.invoiceDirectorAboveMinor, currency),
        max: 40,
        hint: t('ledger.policy.invoiceDirectorAboveHint'),
      }),
      selectInput(
        BLOCKS.policyDeliveryRule,
        t('ledger.policy.deliveryRule'),
        options(DELIVERY_RULES, (rule) => t(`ledger.rule.${rule}`)),
        {
          value: policy.deliveryRule,
          optional: false,
          placeholder: t('ledger.policy.deliveryRule'),
        },
      ),
      textInput(BLOCKS.policyOverdueManagerDays, t('ledger.policy.overdueManagerDays'), {
        value: String(policy.overdueManagerDays),
        optional: false,
        max: 4,
      }),
      selectInput(BLOCKS.policyWonRequiresContract, t('ledger.policy.wonRequiresContract'), yesNo, {
        value: policy.wonRequiresContract ? 'yes' : 'no',
        optional: false,
        placeholder: t('ledger.policy.wonRequiresContract'),
      }),
      textInput(BLOCKS.policyCreditOverdueDays, t('ledger.policy.creditOverdueDays'), {
        value: String(policy.creditOverdueDays),
        optional: false,
        max: 4,
      }),
      textInput(BLOCKS.policyOverdueInterest, t('aging.policy.interest'), {
        value: interestPercentText(policy.overdueInterestBp),
        max: 10,
        hint: t('aging.policy.interestHint'),
      }),
      textInput(COMMISSION_BLOCKS.policyCommissionHoldDays, t('commission.policy.holdDays'), {
        value: policy.commissionHoldDays === null ? null : String(policy.commissionHoldDays),
        max: 4,
        hint: t('commission.policy.holdDaysHint'),
      }),
      textInput(BLOCKS.policyContractPrefix, t('ledger.policy.contractPrefix'), {
        value: policy.contractPrefix,
        optional: false,
        max: 10,
      }),
      selectInput(
        BLOCKS.policyLedgerCurrency,
        t('ledger.policy.currency'),
        options(CURRENCIES, (code) => code),
        {
          value: currency,
          placeholder: t('ledger.policy.currency'),
        },
      ),
    ],
  });
}

/** The admin's commission plan: base rate, marginal tiers by the month's collected money, the lateness rule. */
export function buildCommissionPlanModal(input: {
  plan: CommissionPlan;
  teamCurrency: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { plan, t } = input;
  const currency = plan.currency ?? input.teamCurrency;
  const tiers = plan.tiers
    .map((tier) => `${minorToDecimal(tier.fromMinor, currency)} ${percent(tier.rateBp)}%`)
    .join('\n');
  return modalShell({
    callbackId: VIEWS.commissionPlan,
    title: t('ledger.plan.title'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      textInput(BLOCKS.planBaseRate, t('ledger.plan.baseRate'), {
        value: percent(plan.baseRateBp),
        optional: false,
        max: 10,
      }),
      textInput(BLOCKS.planTiers, t('ledger.plan.tiers'), {
        value: tiers || null,
        multiline: true,
        max: 1000,
        hint: t('ledger.plan.tiersHint'),
      }),
      textInput(BLOCKS.planLateCutoff, t('ledger.plan.lateCutoff'), {
        value: plan.lateCutoffDays === null ? null : String(plan.lateCutoffDays),
        max: 4,
        hint: t('ledger.plan.lateCutoffHint'),
      }),
      selectInput(
        BLOCKS.planCurrency,
        t('ledger.plan.currency'),
        options(CURRENCIES, (code) => code),
        {
          value: currency,
          placeholder: t('ledger.plan.currency'),
        },
      ),
    ],
  });
}

/** Form field → block id, to place field errors. */
export const POLICY_FORM_BLOCKS = {
  invoiceThresholdPercent: BLOCKS.policyInvoiceThreshold,
  invoiceDirectorAbove: BLOCKS.policyInvoiceDirectorAbove,
  deliveryRule: BLOCKS.policyDeliveryRule,
  overdueManagerDays: BLOCKS.policyOverdueManagerDays,
  wonRequiresContract: BLOCKS.policyWonRequiresContract,
  contractPrefix: BLOCKS.policyContractPrefix,
  creditOverdueDays: BLOCKS.policyCreditOverdueDays,
  overdueInterestPercent: BLOCKS.policyOverdueInterest,
  commissionHoldDays: COMMISSION_BLOCKS.policyCommissionHoldDays,
  currency: BLOCKS.policyLedgerCurrency,
} as const satisfies Record<keyof PolicyForm, string>;

export const PLAN_FORM_BLOCKS = {
  baseRatePercent: BLOCKS.planBaseRate,
  tiers: BLOCKS.planTiers,
  lateCutoffDays: BLOCKS.planLateCutoff,
  currency: BLOCKS.planCurrency,
} as const satisfies Record<keyof PlanForm, string>;

export function readPolicyForm(values: ViewStateValues): PolicyForm {
  return Object.fromEntries(
    Object.entries(POLICY_FORM_BLOCKS).map(([field, block]) => [field, readInput(values, block)]),
  ) as PolicyForm;
}

export function readPlanForm(values: ViewStateValues): PlanForm {
  return Object.fromEntries(
    Object.entries(PLAN_FORM_BLOCKS).map(([field, block]) => [field, readInput(values, block)]),
  ) as PlanForm;
}
