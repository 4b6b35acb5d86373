import { currencyExponent, MAX_MINOR, minorToDecimal } from '../../lib/money/minor-units.js';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import {
  type MoneyArgumentOptions,
  type MoneyFieldErrorKey,
  type MoneyReading,
  moneyFieldError,
  readMoneyArgument,
} from '../../lib/parse/money-argument.js';
import { visibleText } from '../../lib/text.js';
import { beyondHorizon } from './follow-up-horizon.js';
import {
  CURRENCIES,
  INTENTS,
  type Intent,
  LEAD_KINDS,
  type LeadForm,
  type LeadInput,
  type LeadKind,
} from './leads.types.js';

/** Catalog keys of the field errors a form can show. */
export type FieldErrorKey =
  | 'leads.error.required'
  | 'leads.error.email'
  | 'leads.error.amount'
  | 'leads.error.date'
  | 'leads.error.pastDate'
  | 'leads.error.tooLong'
  | 'leads.error.phone'
  | 'leads.error.closedFollowUp'
  | 'leads.error.tooFar'
  | MoneyFieldErrorKey;
export type FieldErrors<K extends string = keyof LeadInput> = Partial<Record<K, FieldErrorKey>>;

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 3000;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const PHONE = /^[+()\d\s.\-/ext]{5,40}$/i;

const clean = visibleText;

/** What a form's money field holds: minor units (null when left empty), or the reader's one problem with it. */
export type MoneyField =
  | { ok: true; minor: number | null }
  | { ok: false; reading: Extract<MoneyReading, { ok: false }> };

/**
 * A form's money field, read by the app's one money reader (src/lib/parse/money-argument.ts) into integer minor
 * units of `currency`: `1.2万`, `¥3,000`, `1,200` are read exactly, another currency is refused, never converted,
 * and each hostile amount has its own problem. With no currency known yet (a form checked before the ack, when
 * the team is not loaded and the form has no currency) a named currency cannot be judged: the amount is read in
 * it here, and the use case, which knows the lead's or team's currency, decides.
 */
export function readMoneyField(
  value: string | null | undefined,
  currency: string | null,
  options: MoneyArgumentOptions = {},
): MoneyField {
  const text = clean(value);
  if (text === null) return { ok: true, minor: null };
  const reading = readMoneyArgument(text, currency ?? 'XXX', options);
  if (reading.ok) return { ok: true, minor: reading.minor };
  // No currency known: the one the text names is taken for now, to judge the rest (sign, size, decimals).
  if (reading.problem === 'currency' && currency === null && reading.written)
    return readMoneyField(text, reading.written, options);
  return { ok: false, reading };
}

/** The catalog key a form shows under a money field the reader refused. */
export function moneyFieldErrorOf(field: Extract<MoneyField, { ok: false }>): MoneyFieldErrorKey {
  return moneyFieldError(field.reading.problem);
}

/**
 * The largest deal value a lead keeps: its column is numeric(16, 2) in major units (migration 0000), so a yen
 * amount stops at 14 digits, and nothing goes past MAX_MINOR.
 */
export function leadValueMaxMinor(currency: string): number {
  return Math.min(MAX_MINOR, 10 ** (14 + currencyExponent(currency)) - 1);
}

/**
 * Minor units as the major-unit number a numeric column or an older JSON field keeps: the exact decimal text
 * (`1234567` CNY → `"12345.67"`) read as a number. Amounts up to MAX_MINOR have at most 15 significant digits, so
 * the number's own text is that decimal again and `numberToMinor` gives the same minor units back.
 */
export function minorToMajorNumber(minor: number, currency: string): number {
  return Number(minorToDecimal(minor, currency));
}

/**
 * Turns the raw strings of the lead form into a `LeadInput`, or names each invalid field with the catalog key
 * of its message. `today` is the rep's local date: follow-ups may not be set in the past.
 */
export function validateLeadInput(
  form: LeadForm,
  today: string,
  /** The currency of an amount when the form names none: the lead's, else the team's (null: not known yet). */
  fallbackCurrency: string | null = null,
): { ok: true; value: LeadInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text = (field: keyof LeadInput, max = MAX_NAME_LENGTH, required = false): string | null => {
    const value = clean(form[field]);
    if (value === null && required) errors[field] = 'leads.error.required';
    if (value !== null && Array.from(value).length > max) errors[field] = 'leads.error.tooLong';
    return value;
  };
  const date = (field: 'expectedCloseDate' | 'nextFollowUpOn'): string | null => {
    const value = clean(form[field]);
    if (value === null) return null;
    if (!parseIsoDate(value)) errors[field] = 'leads.error.date';
    else if (field === 'nextFollowUpOn' && value < today) errors[field] = 'leads.error.pastDate';
    else if (field === 'nextFollowUpOn' && beyondHorizon(value, today)) errors[field] = 'leads.error.tooFar';
    return value;
  };

  const companyName = text('companyName', MAX_NAME_LENGTH, true);
  const contactName = text('contactName', MAX_NAME_LENGTH, true);
  const email = text('email');
  if (email && !errors.email && !EMAIL.test(email)) errors.email = 'leads.error.email';
  const phone = text('phone');
  if (phone && !errors.phone && !PHONE.test(phone)) errors.phone = 'leads.error.phone';
  const kind = clean(form.kind);
  const intent = clean(form.intent);
  const chosen = clean(form.currency);
  const currency = chosen && (CURRENCIES as readonly string[]).includes(chosen) ? chosen : fallbackCurrency;
  // A deal value of 0 is kept as earlier releases kept it (exports hold such leads, and re-import them).
  const amount = readMoneyField(form.estimatedValue, currency, {
    maxMinor: leadValueMaxMinor(currency ?? 'CNY'),
    allowZero: true,
  });
  if (!amount.ok) errors.estimatedValue = moneyFieldErrorOf(amount);
  const minor = amount.ok ? amount.minor : null;

  const value: LeadInput = {
    kind: LEAD_KINDS.includes(kind as LeadKind) ? (kind as LeadKind) : 'company',
    companyName: companyName ?? '',
    contactName: contactName ?? '',
    contactTitle: text('contactTitle'),
    phone,
    email,
    industry: text('industry'),
    companySize: text('companySize'),
    source: text('source'),
    // The column keeps major units: the exact decimal of the minor units read above.
    estimatedValue: minor === null ? null : minorToMajorNumber(minor, currency ?? 'XXX'),
    // An amount is in a currency: the one it was read in, when the form named none.
    currency: chosen === currency || minor !== null ? currency : null,
    expectedCloseDate: date('expectedCloseDate'),
    intent: INTENTS.includes(intent as Intent) ? (intent as Intent) : null,
    nextFollowUpOn: date('nextFollowUpOn'),
    notes: text('notes', MAX_NOTES_LENGTH),
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
