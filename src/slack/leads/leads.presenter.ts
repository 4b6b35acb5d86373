import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps.js';
import { getLeadCardData, type LeadCardData } from '../../features/leads/lead-card.usecases.js';
import type { LeadListFilter } from '../../features/leads/leads.types.js';
import { LEAD_PAGE_SIZE, listLeads, todayFor } from '../../features/leads/leads.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { type Locale, type Translate, toLocale, translator } from '../../i18n/index.js';
import { approvalCardButtons } from '../approvals/approvals.presenter.js';
import { needsCardButton } from '../needs/needs.presenter.js';
import { quoteCardButton } from '../quotes/quote-values.js';
import { leadApprovalsSection } from '../views/approvals/approval-format.js';
import { buildLeadCard } from '../views/leads/lead-card.js';
import { stageLabel } from '../views/leads/lead-format.js';
import { buildLeadList } from '../views/leads/lead-list.js';
import { leadCardContractSection } from '../views/ledger/contract-view.js';
import { needsCardSections } from '../views/needs/needs-format.js';
import { leadCardQuoteSection } from '../views/quotes/quote-card-section.js';
import { filterToQuery } from './lead-command-parser.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** One use case plus one view: the lead card as `actor` may see it, in their language. */
export async function leadCardMessage(deps: AppDeps, actor: Actor, leadId: number): Promise<SlackMessage> {
  return renderLeadCard(await getLeadCardData({ ...deps, actor, leadId }), actor, deps, actor.locale);
}

/** The card posted in the sales channel: shared by everyone there, so in the team's language. */
export const channelLocale = (team: Team, actor: Actor): Locale => toLocale(team.language) ?? actor.locale;

/**
 * The one place a lead card is assembled, with what each feature adds to it (needs-analysis lines, the needs
 * and deal-desk buttons), so every copy of a card — private, in the channel, after any change — looks the same.
 * Pure: the data comes from one `leadCardData` read, which may serve several copies.
 */
export function renderLeadCard(
  data: LeadCardData,
  actor: Actor,
  deps: Pick<AppDeps, 'clock'>,
  locale: Locale,
): SlackMessage {
  const t = translator(locale);
  const approvals = leadApprovalsSection(data.approvals, locale, t);
  const contracts = leadCardContractSection(data.contracts, t);
  const quotes = leadCardQuoteSection(data.quotes, t);
  return buildLeadCard({
    lead: data.lead,
    activities: data.activities,
    t,
    locale,
    today: todayFor(actor, deps.clock),
    builtAt: deps.clock.now(),
    extraButtons: [needsCardButton(t), quoteCardButton(t), ...approvalCardButtons(t)],
    extraSections: [
      ...needsCardSections(data.needs[locale], t),
      ...(approvals ? [approvals] : []),
      ...(quotes ? [quotes] : []),
      ...(contracts ? [contracts] : []),
    ],
  });
}

function listTitle(filter: LeadListFilter, t: Translate): string {
  switch (filter.kind) {
    case 'mine':
      return t('leads.list.titleMine');
    case 'team':
      return t('leads.list.titleTeam');
    case 'stale':
      return t('leads.list.titleStale');
    case 'stage':
      return t('leads.list.titleStage', { stage: stageLabel(filter.stage, t) });
    case 'search':
      return t('leads.list.titleSearch', { text: filter.text });
  }
}

export async function leadListMessage(
  deps: AppDeps,
  actor: Actor,
  t: Translate,
  filter: LeadListFilter,
  page = 0,
): Promise<SlackMessage> {
  const result = await listLeads({ ...deps, actor, filter, page });
  return buildLeadList({
    ...result,
    title: listTitle(filter, t),
    pageSize: LEAD_PAGE_SIZE,
    query: filterToQuery(filter),
    stale: filter.kind === 'stale',
    emptyText:
      filter.kind === 'search' ? t('leads.list.noMatch', { text: filter.text }) : t('leads.list.empty'),
    t,
    locale: actor.locale,
    today: todayFor(actor, deps.clock),
    timeZone: actor.timezone,
  });
}
