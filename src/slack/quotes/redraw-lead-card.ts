import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { getLeadCardData } from '../../features/leads/lead-card.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { RequestContext } from '../context.js';
import { channelLocale, renderLeadCard } from '../leads/leads.presenter.js';

/**
 * A quote changed what the lead's card shows (its quotes, and on sending the stage and estimated value): the
 * shared card in the sales channel is redrawn in the team's language, read afresh after the change. A card that
 * cannot be redrawn is logged; the quote's own change is saved and answered already.
 */
export async function redrawLeadCardAfterQuote(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
  log: RequestContext['log'];
  leadId: number;
}): Promise<void> {
  const { deps, client, actor, team } = input;
  try {
    const data = await getLeadCardData({ ...deps, actor, leadId: input.leadId });
    const { channelId, threadTs } = data.lead;
    if (!channelId || !threadTs) return;
    const card = renderLeadCard(data, actor, deps, channelLocale(team, actor));
    await client.chat.update({ channel: channelId, ts: threadTs, ...card });
  } catch (error) {
    input.log.warn(
      { err: error, leadId: input.leadId },
      'could not redraw the lead card after a quote change',
    );
  }
}
