import { LOCALES, type Locale } from '../../i18n/index.js';
import type { LeadApprovalSummary } from '../approvals/approvals.types.js';
import type { NeedsState } from '../needs/needs.types.js';
import { buildNeedsState } from '../needs/needs.usecases.js';
import { questionBank } from '../needs/question-bank.js';
import type { Actor } from '../team/team.types.js';
import type { LeadCardRepository } from './lead-card.repository.js';
import type { Activity, Lead } from './leads.types.js';
import { CARD_ACTIVITY_COUNT, type LeadDeps, loadVisibleLead, todayFor } from './leads.usecases.js';

/** How many of a lead's approval requests its card lists. */
export const CARD_APPROVAL_COUNT = 3;

export interface LeadCardDeps extends LeadDeps {
  leadCards: LeadCardRepository;
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
}

/** The card's data for a lead the caller already loaded (and may see): one database round trip. */
export async function leadCardData(deps: LeadCardDeps & { actor: Actor; lead: Lead }): Promise<LeadCardData> {
  const { actor, lead } = deps;
  const rows = await deps.leadCards.cardRows(actor.teamId, lead.id, {
    activities: CARD_ACTIVITY_COUNT,
    approvals: CARD_APPROVAL_COUNT,
  });
  const questions = questionBank(rows.customQuestions);
  const today = todayFor(actor, deps.clock);
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
