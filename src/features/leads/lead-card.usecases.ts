import { LOCALES, type Locale } from '../../i18n/index.js';
import type { LeadApprovalSummary } from '../approvals/approvals.types.js';
import type { ContractFacts, ContractSummary } from '../ledger/ledger.types.js';
import type { NeedsState } from '../needs/needs.types.js';
import { buildNeedsState } from '../needs/needs.usecases.js';
import { questionBank } from '../needs/question-bank.js';
import { quoteTotals } from '../quotes/quote-totals.js';
import type { QuoteStatus } from '../quotes/quotes.types.js';
import type { Actor } from '../team/team.types.js';
import type { LeadCardRepository } from './lead-card.repository.js';
import type { Activity, Lead } from './leads.types.js';
import { CARD_ACTIVITY_COUNT, type LeadDeps, loadVisibleLead, todayFor } from './leads.usecases.js';

/** How many of a lead's approval requests its card lists. */
export const CARD_APPROVAL_COUNT = 3;

export interface LeadCardDeps extends LeadDeps {
  leadCards: LeadCardRepository;
}

/** How many of a lead's contracts its card lists. */
export const CARD_CONTRACT_COUNT = 3;

/** How many of a lead's quotes its card lists (newest first; `/quote list #lead` has them all). */
export const CARD_QUOTE_COUNT = 3;

/** One quote on the lead card: which, which version, where it stands and its current total. */
export interface LeadCardQuote {
  id: number;
  number: string;
  version: number;
  status: QuoteStatus;
  currency: string;
  totalMinor: number;
}

/**
 * Everything one lead card shows, whoever reads it: the lead, its latest history and approvals, and its needs
 * analysis in each language (the clicker's copy and the sales channel's may differ).
 */
export interface LeadCardData {
  lead: Lead;
  activities: Activity[];
  approvals: LeadApprovalSummary[];
  needs: Record<Locale, NeedsState>;
  /** The lead's contracts in the ledger, newest first, with collected and outstanding money. */
  contracts: ContractSummary<ContractFacts>[];
  /** The lead's latest quotes, newest first, totalled by the quotes' one rule (quote-totals.ts). */
  quotes: LeadCardQuote[];
}

/** The card's data for a lead the caller already loaded (and may see): one database round trip. */
export async function leadCardData(deps: LeadCardDeps & { actor: Actor; lead: Lead }): Promise<LeadCardData> {
  const { actor, lead } = deps;
  const today = todayFor(actor, deps.clock);
  // Whoever may see the lead sees its contracts on the card (the card is the lead's, not a ledger listing).
  const rows = await deps.leadCards.cardRows(actor.teamId, lead.id, {
    activities: CARD_ACTIVITY_COUNT,
    approvals: CARD_APPROVAL_COUNT,
    contracts: CARD_CONTRACT_COUNT,
    quotes: CARD_QUOTE_COUNT,
    today,
  });
  const questions = questionBank(rows.customQuestions);
  const needsIn = (locale: Locale) =>
    buildNeedsState({ lead, questions, answers: rows.answers, locale, today });
  return {
    lead,
    activities: rows.activities,
    approvals: rows.approvals,
    needs: Object.fromEntries(LOCALES.map((locale) => [locale, needsIn(locale)])) as Record<
      Locale,
      NeedsState
    >,
    contracts: rows.contracts,
    quotes: rows.quotes.map(({ lines, discountBp, ...quote }) => ({
      ...quote,
      totalMinor: quoteTotals(lines, discountBp).totalMinor,
    })),
  };
}

/** The card of a lead by id, if the caller may see it (otherwise "not found", as for a missing id). */
export async function getLeadCardData(
  deps: LeadCardDeps & { actor: Actor; leadId: number },
): Promise<LeadCardData> {
  const lead = await loadVisibleLead(deps);
  return leadCardData({ ...deps, lead });
}

/**
 * The lead's card now lives in `channelId` at `threadTs`: later activity and approvals go to that thread.
 * Written by the app after it posted the card; the caller created the lead, so may record where it went.
 */
export async function recordLeadThread(
  deps: Pick<LeadDeps, 'leads'> & { actor: Actor; leadId: number; channelId: string; threadTs: string },
): Promise<void> {
  await deps.leads.setThread(deps.actor.teamId, deps.leadId, deps.channelId, deps.threadTs);
}
