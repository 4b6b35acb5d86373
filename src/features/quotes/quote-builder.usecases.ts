import type { Lead } from '../leads/leads.types.js';
import { loadVisibleLead } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import {
  assertEditable,
  assertLeadOpen,
  defaultValidUntil,
  loadOwnQuote,
  type QuoteDeps,
  teamToday,
} from './quote-access.js';
import type { LineChange } from './quote-lines.repository.js';
import type { PriceListOption } from './quote-pricing.repository.js';
import type { Quote, QuoteLine } from './quote-records.js';
import { NotQuoteOwnerError, StaleQuoteError, TooManyLinesError } from './quotes.errors.js';
import { MAX_QUOTE_LINES, type QuoteLanguage } from './quotes.types.js';

/** What the builder shows: the quote, its lines, its lead and the price lists it may use. */
export interface QuoteBuilderState {
  quote: Quote;
  lines: QuoteLine[];
  lead: Lead;
  priceLists: PriceListOption[];
}

export async function builderState(
  deps: QuoteDeps & { actor: Actor; quote: Quote; lead: Lead },
): Promise<QuoteBuilderState> {
  const [lines, priceLists] = await Promise.all([
    deps.quotes.listLines(deps.actor.teamId, deps.quote.id),
    deps.quotePricing.listPriceLists(deps.actor.teamId),
  ]);
  return { quote: deps.quote, lines, lead: deps.lead, priceLists };
}

/**
 * `/quote <lead>` and the card's "New quote": the lead's quote still being prepared, or a new draft priced from the
 * team's default list (the first list when none is default; the team's currency with no list), valid 30 days, in
 * the rep's language. Only the lead's rep (or an admin) quotes it, and only while it is open.
 */
export async function openQuoteBuilder(
  deps: QuoteDeps & { actor: Actor; team: Team; leadId: number; fresh?: boolean },
): Promise<QuoteBuilderState> {
  const { actor, team, clock } = deps;
  const lead = await loadVisibleLead(deps);
  if (lead.ownerUserId !== actor.userId && !actor.isAdmin) throw new NotQuoteOwnerError(lead.ownerUserId);
  assertLeadOpen(lead);
  if (!deps.fresh) {
    const [open] = await deps.quotes.list({
      teamId: actor.teamId,
      owners: 'all',
      leadId: lead.id,
      statuses: ['draft', 'approved', 'pending_approval'],
      limit: 1,
    });
    if (open) return builderState({ ...deps, quote: open.quote, lead });
  }
  const priceLists = await deps.quotePricing.listPriceLists(actor.teamId);
  const list = priceLists[0];
  const today = teamToday(team, clock);
  const quote = await deps.quotes.create({
    teamId: actor.teamId,
    leadId: lead.id,
    ownerUserId: lead.ownerUserId,
    priceListId: list?.id ?? null,
    currency: list?.currency ?? team.currency,
    year: Number(today.slice(0, 4)),
    validUntil: defaultValidUntil(today),
    language: actor.locale as QuoteLanguage,
    createdByUserId: actor.userId,
    now: clock.now(),
  });
  return { quote, lines: [], lead, priceLists };
}

/** The builder again, for a quote the actor may change (paging, refreshing after another's edit). */
export async function reopenQuoteBuilder(
  deps: QuoteDeps & { actor: Actor; quoteId: number },
): Promise<QuoteBuilderState> {
  const { quote, lead } = await loadOwnQuote(deps);
  return builderState({ ...deps, quote, lead });
}

/** Applies one change of lines, conditional on the version the builder showed; refusals name what to do. */
export async function applyLineChange(
  deps: QuoteDeps & { actor: Actor; quoteId: number; seenVersion: number; change: LineChange },
): Promise<QuoteBuilderState> {
  const { actor, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  assertEditable(quote);
  if (quote.version !== deps.seenVersion) throw new StaleQuoteError(quote.number);
  const result = await deps.quotes.changeLines({
    teamId: actor.teamId,
    quoteId: quote.id,
    seenVersion: deps.seenVersion,
    change: deps.change,
    now: clock.now(),
  });
  if (!result.ok && result.reason === 'too_many') throw new TooManyLinesError(result.count, MAX_QUOTE_LINES);
  if (!result.ok) throw new StaleQuoteError(quote.number);
  return builderState({ ...deps, quote: result.quote, lead });
}
