import { parseIsoDate } from '../../lib/parse/calendar.js';
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
  | 'leads.error.tooFar';
export type FieldErrors<K extends string = keyof LeadInput> = Partial<Record<K, FieldErrorKey>>;

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 3000;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const PHONE = /^[+()\d\s.\-/ext]{5,40}$/i;

const clean = visibleText;

/** Parses `12,500.50`, `12500`, `1.2万`-free plain amounts; money words belong to the needs parser. */
export function parseAmount(value: string | null | undefined): number | null | 'invalid' {
  const text = clean(value);
  if (text === null) return null;
  const normalized = text.replace(/[,\s_]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return 'invalid';
  const amount = Number(normalized);
  return Number.isFinite(amount) && amount < 1e14 ? amount : 'invalid';
}

/**
 * Turns the raw strings of the lead form into a `LeadInput`, or names each invalid field with the catalog key
 * of its message. `today` is the rep's local date: follow-ups may not be set in the past.
 */
export function validateLeadInput(
  form: LeadForm,
  today: string,
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
  const amount = parseAmount(form.estimatedValue);
  if (amount === 'invalid') errors.estimatedValue = 'leads.error.amount';
  const kind = clean(form.kind);
  const intent = clean(form.intent);
  const currency = clean(form.currency);

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
    estimatedValue: amount === 'invalid' ? null : amount,
    currency: currency && (CURRENCIES as readonly string[]).includes(currency) ? currency : null,
    expectedCloseDate: date('expectedCloseDate'),
    intent: INTENTS.includes(intent as Intent) ? (intent as Intent) : null,
    nextFollowUpOn: date('nextFollowUpOn'),
    notes: text('notes', MAX_NOTES_LENGTH),
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
