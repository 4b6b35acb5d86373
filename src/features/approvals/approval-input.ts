import { parseIsoDate } from '../../lib/parse/calendar.js';
import { visibleText } from '../../lib/text.js';
import { parseAmount } from '../leads/lead-input.js';
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
  | 'approvals.error.tooLong';

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

/** A discount is a percent, or a target price against a list price (turned into a percent). */
export function validateDiscountForm(
  form: DiscountForm,
  today: string,
): Result<DiscountDetails, DiscountForm> {
  const errors: Partial<Record<keyof DiscountForm, ApprovalFieldErrorKey>> = {};
  let percent = parsePercent(form.percent);
  const target = parseAmount(form.targetPrice);
  const list = parseAmount(form.listPrice);
  if (percent === 'invalid') errors.percent = 'approvals.error.percent';
  if (target === 'invalid') errors.targetPrice = 'approvals.error.amount';
  if (list === 'invalid' || list === 0) errors.listPrice = 'approvals.error.amount';
  if (percent === null && !errors.targetPrice && !errors.listPrice) {
    if (typeof target === 'number' && typeof list === 'number') {
      if (target > list) errors.targetPrice = 'approvals.error.targetAboveList';
      else percent = Math.round((1 - target / list) * 10_000) / 100;
    } else errors.percent = 'approvals.error.priceOrPercent';
  }
  const justification = clean(form.justification);
  if (!justification) errors.justification = 'approvals.error.required';
  else if (justification.length > MAX_TEXT) errors.justification = 'approvals.error.tooLong';
  const expiresOn = clean(form.expiresOn);
  const expiryError = checkDate(expiresOn, today);
  if (expiryError) errors.expiresOn = expiryError;
  if (Object.keys(errors).length || typeof percent !== 'number') return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: 'discount',
      percent,
      targetPrice: typeof target === 'number' ? target : null,
      listPrice: typeof list === 'number' ? list : null,
      justification: justification ?? '',
      expiresOn,
    },
  };
}

export function validateContractForm(
  form: ContractForm,
  today: string,
  defaultCurrency: string,
): Result<ContractDetails, ContractForm> {
  const errors: Partial<Record<keyof ContractForm, ApprovalFieldErrorKey>> = {};
  const amount = parseAmount(form.amount);
  if (amount === null) errors.amount = 'approvals.error.required';
  else if (amount === 'invalid' || amount <= 0) errors.amount = 'approvals.error.amount';
  const upfront = parsePercent(form.upfrontPercent);
  if (upfront === null) errors.upfrontPercent = 'approvals.error.required';
  else if (upfront === 'invalid') errors.upfrontPercent = 'approvals.error.percent';
  const currency = clean(form.currency);
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
  if (Object.keys(errors).length || typeof amount !== 'number' || typeof upfront !== 'number')
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: 'contract',
      amount,
      currency: currency && (CURRENCIES as readonly string[]).includes(currency) ? currency : defaultCurrency,
      upfrontPercent: upfront,
      paymentTerms,
      deliveryDate,
      specialTerms,
      draftLink,
    },
  };
}

export type PolicyForm = { [K in keyof ApprovalPolicy]?: string | null };

/** The admin's policy modal: percents 0–100 in order (A ≤ B), positive amounts, delays in working hours. */
export function validatePolicyForm(form: PolicyForm): Result<ApprovalPolicy, PolicyForm> {
  const errors: Partial<Record<keyof PolicyForm, ApprovalFieldErrorKey>> = {};
  const percent = (field: keyof PolicyForm) => {
    const value = parsePercent(form[field]);
    if (typeof value !== 'number')
      errors[field] = value === null ? 'approvals.error.required' : 'approvals.error.percent';
    return typeof value === 'number' ? value : 0;
  };
  const amount = (field: keyof PolicyForm) => {
    const value = parseAmount(form[field]);
    if (typeof value !== 'number' || value <= 0)
      errors[field] = value === null ? 'approvals.error.required' : 'approvals.error.amount';
    return typeof value === 'number' ? value : 0;
  };
  const hours = (field: keyof PolicyForm) => {
    const value = parseAmount(form[field]);
    if (typeof value !== 'number' || value <= 0 || value > 24 * 30)
      errors[field] = value === null ? 'approvals.error.required' : 'approvals.error.amount';
    return typeof value === 'number' ? Math.round(value * 60) : 0;
  };
  const policy: ApprovalPolicy = {
    autoApproveDiscountPercent: percent('autoApproveDiscountPercent'),
    managerMaxDiscountPercent: percent('managerMaxDiscountPercent'),
    managerMaxContractAmount: amount('managerMaxContractAmount'),
    financeMinUpfrontPercent: percent('financeMinUpfrontPercent'),
    financeAboveAmount: amount('financeAboveAmount'),
    reminderDelayMinutes: hours('reminderDelayMinutes'),
    escalationDelayMinutes: hours('escalationDelayMinutes'),
    currency: clean(form.currency),
  };
  if (
    !errors.managerMaxDiscountPercent &&
    policy.managerMaxDiscountPercent < policy.autoApproveDiscountPercent
  )
    errors.managerMaxDiscountPercent = 'approvals.error.percent';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: policy };
}
