import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { LeadChange } from '../../features/leads/lead-progress.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { type Translate, toLocale, translator } from '../../i18n/index.js';
import { describeLeadChange } from '../views/leads/lead-change-line.js';
import type { LeadFormMetadata } from './lead-form-metadata.js';
import { channelLeadCard, leadCardMessage } from './leads.presenter.js';

/**
 * After a lead changed: the card the user clicked is refreshed in place, the lead's card in the sales channel
 * too (when that is another message), and a one-line note goes to the lead's thread. Each step is independent:
 * a failure is logged and the others still run. Runs after `ack()`.
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
  const { deps, client, actor, team, lead, origin } = input;
  const log = deps.logger.child({ leadId: lead.id, teamId: actor.teamId });
  const attempt = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log.warn({ err: error }, `could not ${what}`);
    }
  };

  const channel = lead.channelId;
  const threadTs = lead.threadTs;
  // The channel card is shared: it is rendered in the team's language even when the clicker reads another.
  const clickedChannelCard =
    Boolean(channel) && origin.channelId === channel && origin.messageTs === threadTs;
  if (!clickedChannelCard)
    await attempt('refresh the clicked card', async () => {
      const card = await leadCardMessage(deps, actor, lead.id);
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
    });

  if (!channel || !threadTs) return;
  const channelT = translator(toLocale(team.language) ?? actor.locale);
  await attempt('refresh the channel card', async () => {
    await client.chat.update({ channel, ts: threadTs, ...(await channelLeadCard(deps, actor, team, lead)) });
  });
  await attempt('post the change in the lead thread', () =>
    client.chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: describeLeadChange({
        change: input.change,
        lead,
        userId: actor.userId,
        t: channelT,
        locale: actor.locale,
      }),
      unfurl_links: false,
    }),
  );
}
