/** The sales process's stages, in order (DESIGN.md); `won` and `lost` close a lead. */
export const STAGES = [
  'new',
  'contacted',
  'needs_analysis',
  'presentation',
  'proposal',
  'negotiation',
  'contract',
  'won',
  'lost',
] as const;
export type Stage = (typeof STAGES)[number];
export const OPEN_STAGES = STAGES.filter((stage) => stage !== 'won' && stage !== 'lost');

export const INTENTS = ['high', 'medium', 'low'] as const;
export type Intent = (typeof INTENTS)[number];

export const ACTIVITY_KINDS = ['call', 'visit', 'email', 'meeting', 'demo', 'quote_sent', 'note'] as const;
export type LoggedActivityKind = (typeof ACTIVITY_KINDS)[number];
/** Kinds written by the app itself, next to the ones a rep logs. */
export type SystemActivityKind =
  | 'created'
  | 'edited'
  | 'stage_changed'
  | 'follow_up_set'
  | 'won'
  | 'lost'
  | 'needs_updated'
  | 'call_notes'
  | 'approval'
  /** The lead changed hands (`details: { from, to }`; `handover: true` when a whole book moved). */
  | 'reassigned';
export type ActivityKind = LoggedActivityKind | SystemActivityKind;

export const INDUSTRIES = [
  'manufacturing',
  'automotive',
  'retail',
  'technology',
  'finance',
  'healthcare',
  'education',
  'construction',
  'logistics',
  'hospitality',
  'government',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;

export const SOURCES = [
  'referral',
  'inbound',
  'cold_call',
  'event',
  'partner',
  'existing_customer',
  'other',
] as const;
export type LeadSource = (typeof SOURCES)[number];

export const LEAD_KINDS = ['company', 'individual'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD'] as const;

export const LOST_REASONS = [
  'price',
  'competitor',
  'no_budget',
  'no_decision',
  'timing',
  'product_fit',
  'no_response',
  'other',
] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** What a rep types in the new-lead or edit modal, already parsed (empty fields are null). */
export interface LeadInput {
  kind: LeadKind;
  companyName: string;
  contactName: string;
  contactTitle: string | null;
  phone: string | null;
  email: string | null;
  industry: string | null;
  companySize: string | null;
  source: string | null;
  estimatedValue: number | null;
  currency: string | null;
  expectedCloseDate: string | null;
  intent: Intent | null;
  nextFollowUpOn: string | null;
  notes: string | null;
}

/** Raw strings as they come from a form; `validateLeadInput` turns them into a `LeadInput`. */
export type LeadForm = { [K in keyof LeadInput]?: string | null };

export interface Lead extends LeadInput {
  id: number;
  teamId: string;
  ownerUserId: string;
  createdByUserId: string;
  stage: Stage;
  nextFollowUpTime: string | null;
  wonAmount: number | null;
  lostReason: string | null;
  lostNote: string | null;
  completeness: number;
  approvedDiscountPercent: number | null;
  approvedContractAmount: number | null;
  channelId: string | null;
  threadTs: string | null;
  lastActivityAt: Date;
  stageChangedAt: Date;
  closedAt: Date | null;
  createdAt: Date;
  /** Moves on with every change to the lead's fields; forms and cards carry the one they were built from. */
  version: number;
  /** The customer (客户档案) the deal is for: set when won, by the rep's confirmation, or by drizzle/0012. */
  customerId: number | null;
}

export interface Activity {
  id: number;
  leadId: number;
  actorUserId: string;
  kind: ActivityKind;
  note: string | null;
  fromStage: string | null;
  toStage: string | null;
  occurredAt: Date;
}

export type LeadListFilter =
  | { kind: 'mine' }
  | { kind: 'team' }
  | { kind: 'stage'; stage: Stage }
  | { kind: 'stale' }
  | { kind: 'search'; text: string };
