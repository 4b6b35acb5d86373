import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { leadCardData } from '../../features/leads/lead-card.usecases.js';
import type { SaveNeedsResult } from '../../features/needs/needs.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { type Translate, translator } from '../../i18n/index.js';
import { channelLocale, renderLeadCard } from '../leads/leads.presenter.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { replyPrivately } from '../requests/reply-privately.js';
import { postOrReportUnreachable } from '../team/channel-reach.js';
import { needsThreadSummary } from '../views/needs/needs-format.js';
import type { NeedsMetadata } from './needs-metadata.js';

/**
 * After a needs save (runs after `ack()`): the card the modal came from and the sales-channel card are
 * refreshed (completeness, suggested intent, next questions), the lead's thread gets a short summary, and the
 * rep gets a private confirmation. Each step is independent: a failure is logged and the others still run.
 */
export async function announceNeedsSaved(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
  t: Translate;
  saved: SaveNeedsResult;
  origin: NeedsMetadata;
}): Promise<void> {
  const { deps, client, actor, team, t, saved, origin } = input;
  const { lead } = saved;
  const log = deps.logger.child({ leadId: lead.id, teamId: actor.teamId });
  const attempt = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log.warn({ err: error }, `could not ${what}`);
    }
  };
  const data = await leadCardData({ ...deps, actor, lead });
  const card = renderLeadCard(data, actor, deps, actor.locale);
  const channelCard = lead.channelId && lead.threadTs ? { channel: lead.channelId, ts: lead.threadTs } : null;
  const openedFromChannelCard =
    channelCard && origin.channelId === channelCard.channel && origin.messageTs === channelCard.ts;

  if (origin.channelId && origin.messageTs && !openedFromChannelCard)
    await attempt('refresh the card the modal came from', () =>
      client.chat.update({ channel: origin.channelId as string, ts: origin.messageTs as string, ...card }),
    );
  if (channelCard && (saved.changed.length || saved.movedStage || saved.intentChangedTo)) {
    const locale = channelLocale(team, actor);
    const channelT = translator(locale);
    await attempt('refresh the channel card', () =>
      client.chat.update({ ...channelCard, ...renderLeadCard(data, actor, deps, locale) }),
    );
    await attempt('post the needs summary in the lead thread', async () => {
      const summary = needsThreadSummary({
        state: data.needs[locale],
        changed: saved.changed,
        userId: actor.userId,
        t: channelT,
        locale,
      });
      await postOrReportUnreachable(
        deps,
        client,
        { channel: channelCard.channel, thread_ts: channelCard.ts, ...summary },
        { teamId: actor.teamId, log },
      );
    });
  }
  await attempt('confirm privately', () =>
    replyPrivately({
      client,
      userId: actor.userId,
      responseUrl: origin.responseUrl,
      text: t('needs.saved', {
        id: lead.id,
        company: escapeMrkdwn(lead.companyName),
        completeness: saved.state.completeness,
      }),
      blocks: card.blocks,
      log,
    }),
  );
}
