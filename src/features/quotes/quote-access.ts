import type { Clock } from '../../lib/clock.js';
import { addDays, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { localDate } from '../../lib/time-zone.js';
import type { ApprovalPolicyRepository } from '../approvals/approval-policy.repository.js';
import type { ApprovalRepository } from '../approvals/approvals.repository.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { Lead } from '../leads/leads.types.js';
import { canSee, ledgerScope } from '../ledger/ledger-access.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import type { QuoteDocument } from './quote-document.types.js';
import type { QuoteLogoRepository } from './quote-logo.repository.js';
import type { QuotePricingRepository } from './quote-pricing.repository.js';
import type { Quote } from './quote-records.js';
import {
  NotQuoteOwnerError,
  QuoteLeadClosedError,
  QuoteNotFoundError,
  QuoteStatusError,
} from './quotes.errors.js';
import type { QuoteRepository } from './quotes.repository.js';
import { DEFAULT_VALIDITY_DAYS, EDITABLE_QUOTE_STATUSES } from './quotes.types.js';

/** Everything the quote use cases may need; the renderer is loaded on first use by the composition root. */
export interface QuoteDeps {
  quotes: QuoteRepository;
  quotePricing: QuotePricingRepository;
  /** The team's logo, drawn on the PDF when there is one. */
  quoteLogos: QuoteLogoRepository;
  leads: LeadRepository;
  teams: TeamRepository;
  approvals: ApprovalRepository;
  approvalPolicies: ApprovalPolicyRepository;
  clock: Clock;
  renderQuotePdf: (document: QuoteDocument) => Promise<Uint8Array>;
}

export type QuoteRef = { kind: 'id'; quoteId: number } | { kind: 'number'; number: string };

/** The quote if the actor may see it (the ledger's rule: own, reports', or all for finance and admins). */
export async function loadVisibleQuote(
  deps: Pick<QuoteDeps, 'quotes' | 'teams'> & { actor: Actor; ref: QuoteRef },
): Promise<Quote> {
  const { actor, ref } = deps;
  const quote =
    ref.kind === 'id'
      ? await deps.quotes.findById(actor.teamId, ref.quoteId)
      : await deps.quotes.findByNumber(actor.teamId, ref.number);
  const shown = ref.kind === 'id' ? `#${ref.quoteId}` : ref.number;
  if (!quote || !canSee(await ledgerScope(deps), quote)) throw new QuoteNotFoundError(shown);
  return quote;
}

/** Only the quote's rep (or an admin) changes it, sends it or records the customer's answer. */
export function assertQuoteOwner(actor: Actor, quote: Quote): void {
  if (quote.ownerUserId !== actor.userId && !actor.isAdmin) throw new NotQuoteOwnerError(quote.ownerUserId);
}

export function assertEditable(quote: Quote): void {
  if (!EDITABLE_QUOTE_STATUSES.includes(quote.status))
    throw new QuoteStatusError(quote.status, 'edit', quote.number);
}

/** A quote is for an open lead: a lost one is reopened first, a won one goes on with its contract. */
export function assertLeadOpen(lead: Lead): void {
  if (lead.stage === 'lost' || lead.stage === 'won')
    throw new QuoteLeadClosedError(lead.companyName, lead.stage, lead.id);
}

/** The quote the actor may change, with its lead (which must still be open). */
export async function loadOwnQuote(
  deps: Pick<QuoteDeps, 'quotes' | 'teams' | 'leads'> & { actor: Actor; quoteId: number },
): Promise<{ quote: Quote; lead: Lead }> {
  const quote = await loadVisibleQuote({ ...deps, ref: { kind: 'id', quoteId: deps.quoteId } });
  assertQuoteOwner(deps.actor, quote);
  const lead = await deps.leads.findById(deps.actor.teamId, quote.leadId);
  if (!lead) throw new QuoteNotFoundError(quote.number);
  return { quote, lead };
}

/** Today in the team's zone: validity days end at the team's midnight. */
export function teamToday(team: Pick<Team, 'timezone'>, clock: Clock): string {
  return localDate(clock.now(), team.timezone);
}

export function defaultValidUntil(today: string): string {
  return toIso(addDays(requireIsoDate(today), DEFAULT_VALIDITY_DAYS));
}
