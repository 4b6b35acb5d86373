import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import { leadCardData, recordLeadThread } from '../../features/leads/lead-card.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { type Translate, translator } from '../../i18n/index.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';
import { replyPrivately } from '../requests/reply-privately.js';
import { postOrReportUnreachable } from '../team/channel-reach.js';
import type { LeadFormMetadata } from './lead-form-metadata.js';
import { channelLocale, renderLeadCard } from './leads.presenter.js';

/**
 * After a lead is saved: its card goes to the team's sales channel (that message becomes the lead's thread)
 * and the rep gets a private confirmation with the card. A failure of one does not stop the other.
 */
export async function announceNewLead(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
  t: Translate;
  lead: Lead;
  origin: LeadFormMetadata;
}): Promise<void> {
  const { deps, client, actor, team, t, lead } = input;
  const log = deps.logger.child({ leadId: lead.id, teamId: actor.teamId });
  await markHomesDirty({
    ...deps,
    teamId: actor.teamId,
    change: { kind: 'lead', ownerUserId: lead.ownerUserId },
  });
  const data = await leadCardData({ ...deps, actor, lead });
  if (team.salesChannelId) {
    try {
      const locale = channelLocale(team, actor);
      const channelT = translator(locale);
      const card = renderLeadCard(data, actor, deps, locale);
      const channel = team.salesChannelId;
      const text = channelT('leads.createdInChannel', { user: userMention(actor.userId) });
      // A channel the bot cannot join: the lead has no thread yet, the admins are asked to invite the bot.
      const posted = await postOrReportUnreachable(
        deps,
        client,
        { channel, text, blocks: card.blocks, unfurl_links: false },
        { teamId: team.teamId, log },
      );
      if (posted.ok && posted.ts)
        await recordLeadThread({
          ...deps,
          actor,
          leadId: lead.id,
          channelId: posted.channel,
          threadTs: posted.ts,
        });
    } catch (error) {
      log.warn({ err: error }, 'could not post the lead card to the sales channel');
    }
  }
  const card = renderLeadCard(data, actor, deps, actor.locale);
  await replyPrivately({
    client,
    userId: actor.userId,
    responseUrl: input.origin.responseUrl,
    text: t('leads.created', { id: lead.id, company: escapeMrkdwn(lead.companyName) }),
    blocks: card.blocks,
    log,
  });
}
