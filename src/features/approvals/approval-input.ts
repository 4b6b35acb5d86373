import { parseIsoDate } from '../../lib/parse/calendar.js';
import type { MoneyFieldErrorKey } from '../../lib/parse/money-argument.js';
import { visibleText } from '../../lib/text.js';
import {
  leadValueMaxMinor,
  minorToMajorNumber,
  moneyFieldErrorOf,
  readMoneyField,
} from '../leads/lead-input.js';
import { CURRENCIES } from '../leads/leads.types.js';
import type { ApprovalPolicy, ContractDetails, DiscountDetails } from './approvals.types.js';

export type ApprovalFieldErrorKey =
  | 'approvals.error.required'
  | 'approvals.error.percent'
  | 'approvals.error.amount'
  | 'approvals.error.date'
  | 'approvals.error.pastDate'
  | 'approvals.error.link'
  | 'approvals.error.priceOrPercent'
  | 'approvals.error.targetAboveList'
  | 'approvals.error.tooLong'
  | MoneyFieldErrorKey;

export interface DiscountForm {
  percent?: string | null;
  targetPrice?: string | null;
  listPrice?: string | null;
  justification?: string | null;
  expiresOn?: string | null;
}
export interface ContractForm {
  amount?: string | null;
  currency?: string | null;
  upfrontPercent?: string | null;
  paymentTerms?: string | null;
  deliveryDate?: string | null;
  specialTerms?: string | null;
  draftLink?: string | null;
}

type Result<T, F> =
  | { ok: true; value: T }
  | { ok: false; errors: Partial<Record<keyof F, ApprovalFieldErrorKey>> };

export const MAX_TEXT = 2000;

const clean = visibleText;

/** `12`, `12.5`, `12.5%`, `１２％`-free: a percent between 0 and 100 with up to two decimals. */
export function parsePercent(value: string | null | undefined): number | null | 'invalid' {
  // A decimal comma is as good as a point: `12,5` is 12.5 %.
  const text = clean(value)
    ?.replace(/[%％\s]/g, '')
    .replace(/^(\d{1,3}),(\d{1,2})$/, '$1.$2');
  if (!text) return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return 'invalid';
  const percent = Number(text);
  return percent <= 100 ? percent : 'invalid';
}

function checkDate(value: string | null, today: string): ApprovalFieldErrorKey | undefined {
  if (value === null) return undefined;
  if (!parseIsoDate(value)) return 'approvals.error.date';
  return value < today ? 'approvals.error.pastDate' : undefined;
}

/**
 * A form's amount as the reader reads it (minor units, null when empty), its error put under `field` when refused.
 * Amounts a lead or a policy keeps in a numeric(16, 2) column stop where that column does.
 */
function moneyIn<F>(
  errors: Partial<Record<keyof F, ApprovalFieldErrorKey>>,
  field: keyof F,
  value: string | null | undefined,
  currency: string | null,
): number | null {
  const read = readMoneyField(value, currency, { maxMinor: leadValueMaxMinor(currency ?? 'CNY') });
  if (read.ok) return read.minor;
  errors[field] = moneyFieldErrorOf(read);
  return null;
}

/** How far `target` is below `list`, in percent with two decimals, from the minor units (half up). */
function percentBelow(targetMinor: number, listMinor: number): number {
  const basisPoints =
    (BigInt(listMinor - targetMinor) * 20_000n + BigInt(listMinor)) / (2n * BigInt(listMinor));
  return Number(basisPoints) / 100;
}

/**
 * A discount is a percent, or a target price against a list price (turned into a percent), both in `currency`
 * (the request's: the policy's, else the team's; null before the ack, when it is not known yet).
 */
export function validateDiscountForm(
  form: DiscountForm,
  today: string,
  currency: string | null,
): Result<DiscountDetails, DiscountForm> {
  const errors: Partial<Record<keyof DiscountForm, ApprovalFieldErrorKey>> = {};
  let percent = parsePercent(form.percent);
  const target = moneyIn(errors, 'targetPrice', form.targetPrice, currency);
  const list = moneyIn(errors, 'listPrice', form.listPrice, currency);
  if (percent === 'invalid') errors.percent = 'approvals.error.percent';
  if (percent === null && !errors.targetPrice && !errors.listPrice) {
    if (target !== null && list !== null) {
      if (target > list) errors.targetPrice = 'approvals.error.targetAboveList';
      else percent = percentBelow(target, list);
    } else errors.percent = 'approvals.error.priceOrPercent';
  }
  const justification = clean(form.justification);
  if (!justification) errors.justification = 'approvals.error.required';
  else if (justification.length > MAX_TEXT) errors.justification = 'approvals.error.tooLong';
  const expiresOn = clean(form.expiresOn);
  const expiryError = checkDate(expiresOn, today);
  if (expiryError) errors.expiresOn = expiryError;
  if (Object.keys(errors).length || typeof percent !== 'number') return { ok: false, errors };
  // The request keeps major units (its JSON predates minor units): the exact decimal of what was read.
  const major = (minor: number | null) =>
    minor === null ? null : minorToMajorNumber(minor, currency ?? 'XXX');
  return {
    ok: true,
    value: {
      kind: 'discount',
      percent,
      targetPrice: major(target),
      listPrice: major(list),
      justification: justification ?? '',
      expiresOn,
    },
  };
}

/**
 * The contract request, its amount in the form's currency (else `defaultCurrency`, the policy's or the team's;
 * null before the ack: then an amount naming a currency waits for the use case's check).
 */
export function validateContractForm(
  form: ContractForm,
  today: string,
  defaultCurrency: string | null,
): Result<ContractDetails, ContractForm> {
  const errors: Partial<Record<keyof ContractForm, ApprovalFieldErrorKey>> = {};
  const chosen = clean(form.currency);
  const currency = chosen && (CURRENCIES as readonly string[]).includes(chosen) ? chosen : defaultCurrency;
  const amount = moneyIn(errors, 'amount', form.amount, currency);
  if (amount === null && !errors.amount) errors.amount = 'money.field.empty';
  const upfront = parsePercent(form.upfrontPercent);
  if (upfront === null) errors.upfrontPercent = 'approvals.error.required';
  else if (upfront === 'invalid') errors.upfrontPercent = 'approvals.error.percent';
  const text = (field: 'paymentTerms' | 'specialTerms') => {
    const value = clean(form[field]);
    if (value && value.length > MAX_TEXT) errors[field] = 'approvals.error.tooLong';
    return value;
  };
  const deliveryDate = clean(form.deliveryDate);
  const deliveryError = checkDate(deliveryDate, today);
  if (deliveryError) errors.deliveryDate = deliveryError;
  const draftLink = clean(form.draftLink);
  if (draftLink && !/^https?:\/\/[^\s<>|]+$/i.test(draftLink)) errors.draftLink = 'approvals.error.link';
  const paymentTerms = text('paymentTerms');
  const specialTerms = text('specialTerms');
  if (Object.keys(errors).length || amount === null || typeof upfront !== 'number')
    return { ok: false, errors };
  const code = currency ?? 'XXX';
  return {
    ok: true,
    value: {
      kind: 'contract',
      // The request keeps major units (its JSON predates minor units): the exact decimal of what was read, which
      // the ledger turns back into the same minor units (numberToMinor) when the contract is approved.
      amount: minorToMajorNumber(amount, code),
      currency: code,
      upfrontPercent: upfront,
      paymentTerms,
      deliveryDate,
      specialTerms,
      draftLink,
    },
  };
}

export type PolicyForm = { [K in keyof ApprovalPolicy]?: string | null };

/** Working hours as typed for a delay (`4`, `1.5`): minutes, or why not. Hours are not money: no currency. */
function parseHours(value: string | null | undefined): number | null | 'invalid' {
  const text = clean(value)?.normalize('NFKC').replace(/\s/g, '');
  if (!text) return null;
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(text)) return 'invalid';
  const hours = Number(text);
  return hours > 0 && hours <= 24 * 30 ? Math.round(hours * 60) : 'invalid';
}

/**
 * The admin's policy modal: percents 0–100 in order (A ≤ B), positive amounts in the policy's currency (else
 * `fallbackCurrency`, the team's; null before the ack), delays in working hours.
 */
export function validatePolicyForm(
  form: PolicyForm,
  fallbackCurrency: string | null = null,
): Result<ApprovalPolicy, PolicyForm> {
  const errors: Partial<Record<keyof PolicyForm, ApprovalFieldErrorKey>> = {};
  const currency = clean(form.currency);
  const percent = (field: keyof PolicyForm) => {
    const value = parsePercent(form[field]);
    if (typeof value !== 'number')
      errors[field] = value === null ? 'approvals.error.required' : 'approvals.error.percent';
    return typeof value === 'number' ? value : 0;
  };
  const amount = (field: keyof PolicyForm) => {
    const code = currency ?? fallbackCurrency;
    const minor = moneyIn(errors, field, form[field], code);
    if (minor === null && !errors[field]) errors[field] = 'approvals.error.required';
    return minor === null ? 0 : minorToMajorNumber(minor, code ?? 'XXX');
  };
  const hours = (field: keyof PolicyForm) => {
    const minutes = parseHours(form[field]);
    if (typeof minutes !== 'number')
      errors[field] = minutes === null ? 'approvals.error.required' : 'approvals.error.amount';
    return typeof minutes === 'number' ? minutes : 0;
  };
  const policy: ApprovalPolicy = {
    autoApproveDiscountPercent: percent('autoApproveDiscountPercent'),
    managerMaxDiscountPercent: percent('managerMaxDiscountPercent'),
    managerMaxContractAmount: amount('managerMaxContractAmount'),
    financeMinUpfrontPercent: percent('financeMinUpfrontPercent'),
    financeAboveAmount: amount('financeAboveAmount'),
    reminderDelayMinutes: hours('reminderDelayMinutes'),
    escalationDelayMinutes: hours('escalationDelayMinutes'),
    currency,
  };
  if (
    !errors.managerMaxDiscountPercent &&
    policy.managerMaxDiscountPercent < policy.autoApproveDiscountPercent
  )
    errors.managerMaxDiscountPercent = 'approvals.error.percent';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: policy };
}
