import { percentToBasisPoints } from '../../lib/money/minor-units.js';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import { MoneyArgumentError, readMoneyArgument } from '../../lib/parse/money-argument.js';
import { parseMoneyExact } from '../../lib/parse/money-exact.js';
import { parsePercent } from '../approvals/approval-input.js';
import { CURRENCIES } from '../leads/leads.types.js';
import { InvalidDateError } from './ledger.errors.js';
import type { CommissionPlan, CommissionTier, DeliveryRule, FinancePolicy } from './ledger.types.js';
import { DELIVERY_RULES } from './ledger.types.js';

export type LedgerFieldError =
  | 'ledger.form.error.required'
  | 'ledger.form.error.percent'
  | 'ledger.form.error.amount'
  | 'ledger.form.error.days'
  | 'ledger.form.error.prefix'
  | 'ledger.form.error.tiers'
  | 'ledger.form.error.link'
  | 'ledger.form.error.tooLong'
  | 'commission.form.error.holdDays';

type Result<T, F> =
  | { ok: true; value: T }
  | { ok: false; errors: Partial<Record<keyof F, LedgerFieldError>> };

export const MAX_LEDGER_TEXT = 2000;
const LINK = /^https?:\/\/[^\s<>|]+$/i;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * An amount typed for a contract (`/payment`, `/invoice`, a schedule row), read by the app's money reader exactly
 * in the contract's currency's minor units. The refusal names the problem (another currency, negative, zero, too
 * many decimals, too large, not a number) with code `ledger_amount_<problem>`.
 */
export function amountOf(text: string, currency: string): number {
  const reading = readMoneyArgument(text, currency);
  if (reading.ok) return reading.minor;
  throw new MoneyArgumentError(reading, {
    code: `ledger_amount_${reading.problem}`,
    currencyMessageKey: 'ledger.error.amount.currency',
  });
}

/** A payment's date: a real ISO date, not after the caller's today. */
export function receivedOnOf(text: string | null | undefined, today: string): string {
  const value = clean(text);
  if (value === null) return today;
  if (!parseIsoDate(value)) throw new InvalidDateError('invalid');
  if (value > today) throw new InvalidDateError('future');
  return value;
}

/** A link to the signed copy or the customer's acceptance: http(s) only, so it cannot smuggle mrkdwn. */
export function isLink(text: string | null | undefined): boolean {
  const value = clean(text);
  return value !== null && LINK.test(value);
}

export interface PolicyForm {
  invoiceThresholdPercent?: string | null;
  invoiceDirectorAbove?: string | null;
  deliveryRule?: string | null;
  overdueManagerDays?: string | null;
  wonRequiresContract?: string | null;
  contractPrefix?: string | null;
  creditOverdueDays?: string | null;
  /** Annual % of interest on overdue money; empty or 0 = off. */
  overdueInterestPercent?: string | null;
  commissionHoldDays?: string | null;
  currency?: string | null;
}

function days(value: string | null | undefined, max: number): number | null | 'invalid' {
  const text = clean(value);
  if (text === null) return null;
  if (!/^\d{1,4}$/.test(text)) return 'invalid';
  const number = Number(text);
  return number <= max ? number : 'invalid';
}

/** The admin's finance policy form. */
export function validatePolicyForm(
  form: PolicyForm,
  teamCurrency: string,
): Result<Omit<FinancePolicy, 'version'>, PolicyForm> {
  const errors: Partial<Record<keyof PolicyForm, LedgerFieldError>> = {};
  const percent = parsePercent(form.invoiceThresholdPercent);
  if (typeof percent !== 'number')
    errors.invoiceThresholdPercent =
      percent === null ? 'ledger.form.error.required' : 'ledger.form.error.percent';
  const currency = clean(form.currency);
  const validCurrency = currency && (CURRENCIES as readonly string[]).includes(currency) ? currency : null;
  const above = clean(form.invoiceDirectorAbove);
  const aboveMinor = above === null ? null : parseMoneyExact(above, validCurrency ?? teamCurrency);
  if (aboveMinor && !aboveMinor.ok) errors.invoiceDirectorAbove = 'ledger.form.error.amount';
  const overdue = days(form.overdueManagerDays, 365);
  if (typeof overdue !== 'number' || overdue < 1)
    errors.overdueManagerDays = overdue === null ? 'ledger.form.error.required' : 'ledger.form.error.days';
  // A form from before the field existed keeps the default, 30 days.
  const creditDays = form.creditOverdueDays == null ? 30 : days(form.creditOverdueDays, 365);
  if (typeof creditDays !== 'number' || creditDays < 1)
    errors.creditOverdueDays = creditDays === null ? 'ledger.form.error.required' : 'ledger.form.error.days';
  const interest = parsePercent(form.overdueInterestPercent);
  if (interest === 'invalid') errors.overdueInterestPercent = 'ledger.form.error.percent';
  // Empty: commission is never held back (the default).
  const holdDays = days(form.commissionHoldDays, 3650);
  if (holdDays === 'invalid' || holdDays === 0) errors.commissionHoldDays = 'commission.form.error.holdDays';
  const prefix = clean(form.contractPrefix) ?? 'HT';
  if (!/^[A-Za-z]{1,10}$/.test(prefix)) errors.contractPrefix = 'ledger.form.error.prefix';
  const rule = clean(form.deliveryRule) ?? 'first_payment';
  if (!(DELIVERY_RULES as readonly string[]).includes(rule))
    errors.deliveryRule = 'ledger.form.error.required';
  if (
    Object.keys(errors).length ||
    typeof percent !== 'number' ||
    typeof overdue !== 'number' ||
    typeof creditDays !== 'number'
  )
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      invoiceThresholdBp: percentToBasisPoints(percent),
      invoiceDirectorAboveMinor: aboveMinor?.ok ? aboveMinor.minor : null,
      deliveryRule: rule as DeliveryRule,
      overdueManagerDays: overdue,
      wonRequiresContract: ['yes', 'true', 'on', '1'].includes(
        (clean(form.wonRequiresContract) ?? '').toLowerCase(),
      ),
      contractPrefix: prefix.toUpperCase(),
      creditOverdueDays: creditDays,
      overdueInterestBp: typeof interest === 'number' && interest > 0 ? percentToBasisPoints(interest) : null,
      commissionHoldDays: typeof holdDays === 'number' ? holdDays : null,
      currency: validCurrency,
    },
  };
}

export interface PlanForm {
  baseRatePercent?: string | null;
  tiers?: string | null;
  lateCutoffDays?: string | null;
  currency?: string | null;
}

/**
 * `tiers` is one band a line (or `;`-separated): `<from amount> <rate>%`, e.g. `50万 4%` — from 500,000 of the
 * month's collected money on, 4 %. Bands ascend; rates are marginal.
 */
export function parseTiers(text: string | null | undefined, currency: string): CommissionTier[] | 'invalid' {
  const lines = (clean(text) ?? '')
    .split(/[\n;；]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const tiers: CommissionTier[] = [];
  for (const line of lines) {
    const match = /^(.+?)\s*[:=：]?\s+(\d{1,3}(?:\.\d{1,2})?)\s*[%％]$/.exec(line);
    if (!match?.[1] || !match[2]) return 'invalid';
    const from = parseMoneyExact(match[1], currency);
    const rate = parsePercent(match[2]);
    if (!from.ok || typeof rate !== 'number') return 'invalid';
    const previous = tiers.at(-1);
    if (previous && previous.fromMinor >= from.minor) return 'invalid';
    tiers.push({ fromMinor: from.minor, rateBp: percentToBasisPoints(rate) });
  }
  return tiers.length > 10 ? 'invalid' : tiers;
}

export function validatePlanForm(
  form: PlanForm,
  teamCurrency: string,
): Result<Omit<CommissionPlan, 'version'>, PlanForm> {
  const errors: Partial<Record<keyof PlanForm, LedgerFieldError>> = {};
  const rate = parsePercent(form.baseRatePercent);
  if (typeof rate !== 'number')
    errors.baseRatePercent = rate === null ? 'ledger.form.error.required' : 'ledger.form.error.percent';
  const currency = clean(form.currency);
  const validCurrency = currency && (CURRENCIES as readonly string[]).includes(currency) ? currency : null;
  const tiers = parseTiers(form.tiers, validCurrency ?? teamCurrency);
  if (tiers === 'invalid') errors.tiers = 'ledger.form.error.tiers';
  const late = days(form.lateCutoffDays, 3650);
  if (late === 'invalid') errors.lateCutoffDays = 'ledger.form.error.days';
  if (Object.keys(errors).length || typeof rate !== 'number' || tiers === 'invalid' || late === 'invalid')
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      baseRateBp: percentToBasisPoints(rate),
      tiers,
      lateCutoffDays: late,
      currency: validCurrency,
    },
  };
}

/** `2026-11`, `2026/11`, `11月`, `2026年11月` → `2026-11` (a bare month is the latest one not after today's). */
export function parseMonth(text: string | null | undefined, today: string): string | null {
  const value = clean(text);
  if (value === null) return null;
  const full = /^(\d{4})\s*[-/年.]\s*(\d{1,2})\s*月?$/.exec(value);
  const bare = /^(\d{1,2})\s*月?$/.exec(value);
  const [year, month] = full
    ? [Number(full[1]), Number(full[2])]
    : bare
      ? [Number(today.slice(0, 4)), Number(bare[1])]
      : [0, 0];
  if (month < 1 || month > 12 || year < 2000) return null;
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return !full && key > today.slice(0, 7) ? `${year - 1}-${String(month).padStart(2, '0')}` : key;
}
