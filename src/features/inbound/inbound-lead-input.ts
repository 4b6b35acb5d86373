import { z } from 'zod';
import { translator } from '../../i18n/index.js';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH, validateLeadInput } from '../leads/lead-input.js';
import {
  COMPANY_SIZES,
  CURRENCIES,
  INDUSTRIES,
  INTENTS,
  LEAD_KINDS,
  type LeadInput,
  SOURCES,
} from '../leads/leads.types.js';

/*
 * The JSON body of `POST /inbound/leads`: its shape checked with zod (unknown fields refused, so a typo in a field
 * name is an error rather than lost data), then the same rules as the new-lead form (validateLeadInput).
 */

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullish();

export const inboundLeadSchema = z.strictObject({
  company: text(MAX_NAME_LENGTH).min(1),
  contact_name: text(MAX_NAME_LENGTH).min(1),
  kind: z.enum(LEAD_KINDS).nullish(),
  contact_title: optionalText(MAX_NAME_LENGTH),
  phone: optionalText(40),
  email: optionalText(MAX_NAME_LENGTH),
  industry: z.enum(INDUSTRIES).nullish(),
  company_size: z.enum(COMPANY_SIZES).nullish(),
  source: z.enum(SOURCES).nullish(),
  /** A decimal amount, as a number or a string (`"12500.50"`): strings keep cents exact. */
  estimated_value: z.union([z.number().nonnegative(), z.string().trim().max(20)]).nullish(),
  currency: z.enum(CURRENCIES).nullish(),
  intent: z.enum(INTENTS).nullish(),
  expected_close_date: z.iso.date().nullish(),
  next_follow_up_on: z.iso.date().nullish(),
  notes: optionalText(MAX_NOTES_LENGTH),
});

export type InboundLeadBody = z.infer<typeof inboundLeadSchema>;

/** One problem with the body, for the JSON error answer: where (`contact_name`) and what, in English. */
export interface BodyIssue {
  path: string;
  message: string;
}

const FIELD_NAMES: Partial<Record<keyof LeadInput, string>> = {
  companyName: 'company',
  contactName: 'contact_name',
  contactTitle: 'contact_title',
  companySize: 'company_size',
  estimatedValue: 'estimated_value',
  expectedCloseDate: 'expected_close_date',
  nextFollowUpOn: 'next_follow_up_on',
};

/**
 * The body as a lead, or what is wrong with it. `today` is the team's date: a follow-up may not be in the past, and
 * without one the lead is due today (an inbound lead is called back the same day).
 */
export function readInboundLead(
  raw: unknown,
  today: string,
  /** The team's currency: an amount with no `currency` is in it. */
  teamCurrency: string | null = null,
): { ok: true; value: LeadInput } | { ok: false; issues: BodyIssue[] } {
  const parsed = inboundLeadSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(body)'),
        message: issue.message,
      })),
    };
  }
  const body = parsed.data;
  const amount = body.estimated_value;
  const result = validateLeadInput(
    {
      kind: body.kind ?? null,
      companyName: body.company,
      contactName: body.contact_name,
      contactTitle: body.contact_title ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
      industry: body.industry ?? null,
      companySize: body.company_size ?? null,
      source: body.source ?? 'inbound',
      estimatedValue: amount === null || amount === undefined ? null : String(amount),
      currency: body.currency ?? null,
      expectedCloseDate: body.expected_close_date ?? null,
      intent: body.intent ?? null,
      nextFollowUpOn: body.next_follow_up_on ?? today,
      notes: body.notes ?? null,
    },
    today,
    teamCurrency,
  );
  if (result.ok) return result;
  const t = translator('en');
  return {
    ok: false,
    issues: Object.entries(result.errors).map(([field, key]) => ({
      path: FIELD_NAMES[field as keyof LeadInput] ?? field,
      message: t(key),
    })),
  };
}
