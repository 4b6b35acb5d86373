import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps.js';
import type { Lead, LeadListFilter } from '../../features/leads/leads.types.js';
import { getLeadCard, listLeads, todayFor } from '../../features/leads/leads.usecases.js';
import type { Actor } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { filterToQuery } from '../listeners/commands/lead-command-parser.js';
import { buildLeadCard } from '../views/lead-card.js';
import { stageLabel } from '../views/lead-format.js';
import { buildLeadList } from '../views/lead-list.js';
import { approvalCardButtons } from './approvals.presenter.js';
import { needsCardButton, needsCardExtras } from './needs.presenter.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** One use case plus one view: the lead card as `actor` may see it. */
export async function leadCardMessage(
  deps: AppDeps,
  actor: Actor,
  t: Translate,
  leadId: number,
): Promise<SlackMessage> {
  const { lead, activities } = await getLeadCard({ ...deps, actor, leadId });
  return renderLeadCard(deps, actor, t, lead, activities, await needsCardExtras(deps, actor, t, lead));
}

export function renderLeadCard(
  deps: Pick<AppDeps, 'clock'>,
  actor: Actor,
  t: Translate,
  lead: Lead,
  activities: Parameters<typeof buildLeadCard>[0]['activities'],
  extraSections?: string[],
): SlackMessage {
  return buildLeadCard({
    lead,
    activities,
    t,
    locale: actor.locale,
    today: todayFor(actor, deps.clock),
    extraButtons: [needsCardButton(t), ...approvalCardButtons(t)],
    ...(extraSections ? { extraSections } : {}),
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
    query: filterToQuery(filter),
    emptyText:
      filter.kind === 'search' ? t('leads.list.noMatch', { text: filter.text }) : t('leads.list.empty'),
    t,
    locale: actor.locale,
    today: todayFor(actor, deps.clock),
  });
}
