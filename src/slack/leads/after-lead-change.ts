import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import { type LeadCardData, leadCardData } from '../../features/leads/lead-card.usecases.js';
import type { LeadChange } from '../../features/leads/lead-progress.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { type Translate, translator } from '../../i18n/index.js';
import { postOrReportUnreachable } from '../team/channel-reach.js';
import { describeLeadChange } from '../views/leads/lead-change-line.js';
import type { LeadFormMetadata } from './lead-form-metadata.js';
import { channelLocale, renderLeadCard, type SlackMessage } from './leads.presenter.js';

/**
 * Puts `card` where the clicked card lives: a channel or DM message by channel and ts, an ephemeral one (a
 * `/lead` reply) through its response_url.
 */
export async function replaceClickedCard(
  client: WebClient,
  origin: LeadFormMetadata,
  card: SlackMessage,
): Promise<void> {
  if (origin.channelId && origin.messageTs) {
    await client.chat.update({ channel: origin.channelId, ts: origin.messageTs, ...card });
  } else if (origin.responseUrl) {
    const response = await fetch(origin.responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replace_original: true, ...card }),
    });
    if (!response.ok) throw new Error(`response_url answered ${response.status}`);
  }
}

/** Whether the clicked card is the lead's shared card in the sales channel (refreshed in the team's language). */
export function isChannelCard(lead: Lead, origin: LeadFormMetadata): boolean {
  return Boolean(lead.channelId) && origin.channelId === lead.channelId && origin.messageTs === lead.threadTs;
}

/**
 * After a lead changed: the card the user clicked is refreshed in place, the lead's card in the sales channel
 * too (when that is another message), and a one-line note goes to the lead's thread. Each step is independent:
 * a failure is logged and the others still run. Runs after `ack()`. The Homes that show the lead are marked stale.
 */
export async function afterLeadChange(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
  t: Translate;
  lead: Lead;
  change: LeadChange | { kind: 'edited' };
  origin: LeadFormMetadata;
}): Promise<void> {
  const { deps, client, actor, team, lead } = input;
  const log = deps.logger.child({ leadId: lead.id, teamId: actor.teamId });
  // Homes showing the lead (its owner's, their managers', the admins') refresh, debounced.
  await markHomesDirty({
    ...deps,
    teamId: actor.teamId,
    change: { kind: 'lead', ownerUserId: lead.ownerUserId },
  });
  const attempt = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log.warn({ err: error }, `could not ${what}`);
    }
  };

  // One read serves both copies of the card: the clicker's, in their language, and the channel's.
  let data: LeadCardData;
  try {
    data = await leadCardData({ ...deps, actor, lead });
  } catch (error) {
    log.warn({ err: error }, 'could not read the card to refresh it');
    return;
  }
  if (!isChannelCard(lead, input.origin))
    await attempt('refresh the clicked card', () =>
      replaceClickedCard(client, input.origin, renderLeadCard(data, actor, deps, actor.locale)),
    );
  const channel = lead.channelId;
  const threadTs = lead.threadTs;
  if (!channel || !threadTs) return;
  const locale = channelLocale(team, actor);
  const channelT = translator(locale);
  await attempt('refresh the channel card', () =>
    client.chat.update({ channel, ts: threadTs, ...renderLeadCard(data, actor, deps, locale) }),
  );
  await attempt('post the change in the lead thread', async () => {
    const text = describeLeadChange({
      change: input.change,
      lead,
      userId: actor.userId,
      t: channelT,
      locale: actor.locale,
    });
    // The change is saved and the clicker's card shows it; a channel that refuses the note needs the bot.
    await postOrReportUnreachable(
      deps,
      client,
      { channel, thread_ts: threadTs, text, unfurl_links: false },
      { teamId: actor.teamId, log },
    );
  });
}
