import type { Locale } from '../../i18n/index.js';
import type { LeadApprovalSummary } from '../approvals/approvals.types.js';
import type { LeadApprovalRepository } from '../approvals/lead-approvals.repository.js';
import type { ContractRepository } from '../ledger/contracts.repository.js';
import type { ContractSummary } from '../ledger/ledger.types.js';
import type { NeedsRepository } from '../needs/needs.repository.js';
import type { NeedsState } from '../needs/needs.types.js';
import { needsStateOf } from '../needs/needs.usecases.js';
import type { Actor } from '../team/team.types.js';
import type { Activity, Lead } from './leads.types.js';
import { CARD_ACTIVITY_COUNT, type LeadDeps, loadVisibleLead, todayFor } from './leads.usecases.js';

/** How many of a lead's approval requests its card lists. */
export const CARD_APPROVAL_COUNT = 3;

export interface LeadCardDeps extends LeadDeps {
  leadApprovals: LeadApprovalRepository;
  needs: NeedsRepository;
  /** The contract ledger; without it the card shows no contract section. */
  contracts?: ContractRepository;
}

/** How many of a lead's contracts its card lists. */
export const CARD_CONTRACT_COUNT = 3;

/** Everything one lead card shows, whoever renders it: the lead, its latest history, approvals and needs. */
export interface LeadCardData {
  lead: Lead;
  activities: Activity[];
  approvals: LeadApprovalSummary[];
  needs: NeedsState;
  /** The lead's contracts in the ledger, newest first, with collected and outstanding money. */
  contracts: ContractSummary[];
}

/**
 * The card's data for a lead the caller already loaded (and may see). `locale` words the needs questions in the
 * card reader's language: the sales channel's card is read by the whole team.
 */
export async function leadCardData(
  deps: LeadCardDeps & { actor: Actor; lead: Lead; locale?: Locale; activities?: Activity[] },
): Promise<LeadCardData> {
  const { actor, lead } = deps;
  // Whoever may see the lead sees its contracts on the card (the card is the lead's, not a ledger listing).
  const [activities, approvals, needs, contracts] = await Promise.all([
    deps.activities ?? deps.leads.recentActivities(actor.teamId, lead.id, CARD_ACTIVITY_COUNT),
    deps.leadApprovals.listForLead(actor.teamId, lead.id, CARD_APPROVAL_COUNT),
    needsStateOf(deps, actor, lead, deps.locale ?? actor.locale),
    deps.contracts?.list(actor.teamId, {
      owners: 'all',
      today: todayFor(actor, deps.clock),
      leadId: lead.id,
      limit: CARD_CONTRACT_COUNT,
    }) ?? [],
  ]);
  return { lead, activities, approvals, needs, contracts };
}

/** The card of a lead by id, if the caller may see it (otherwise "not found", as for a missing id). */
export async function getLeadCardData(
  deps: LeadCardDeps & { actor: Actor; leadId: number; locale?: Locale },
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
