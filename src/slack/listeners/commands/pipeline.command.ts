import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { postTeamDigestNow } from '../../../features/digest/digest-now.usecases.js';
import { composeTeamDigest } from '../../digest/digest-messages.js';
import { pipelineReply } from '../../digest/pipeline.presenter.js';
import { parsePipelineCommand } from '../../digest/pipeline-command-parser.js';
import { COMMANDS } from '../../ids.js';
import { channelMention } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';
import { leaderboardReply } from '../../targets/leaderboard.presenter.js';

/**
 * `/pipeline [me|team|@user]`: the digest's numbers and targets, privately. `/pipeline leaderboard [week|month]`:
 * the ranking privately with its native chart (a PNG in the caller's DM too when the team asked for chart images). `/pipeline digest [force]` (admins): today's
 * team digest to the sales channel now, through the outbox, claimed under the scheduled digest's run key.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.pipeline,
    onCommand(deps, async ({ command, respond, client, request }) => {
      const { actor, team, t } = request;
      const parsed = parsePipelineCommand(command.text);
      if (parsed.kind === 'help') {
        await respond({ response_type: 'ephemeral', text: t('digest.command.usage') });
        return;
      }
      if (parsed.kind === 'digest') {
        const result = await postTeamDigestNow({
          ...deps,
          actor,
          team,
          force: parsed.force,
          compose: composeTeamDigest,
        });
        const text = result.posted
          ? t('digest.command.posted', { channel: channelMention(result.channelId) })
          : t('digest.command.alreadyPosted', { date: result.date });
        await respond({ response_type: 'ephemeral', text });
        return;
      }
      if (parsed.kind === 'leaderboard') {
        const { message, chart } = await leaderboardReply({ deps, actor, team, t, period: parsed.period });
        await respond({ response_type: 'ephemeral', ...message });
        if (!chart) return;
        const { channel } = await client.conversations.open({ users: actor.userId });
        await client.filesUploadV2({
          channel_id: channel?.id ?? actor.userId,
          file: chart.png,
          filename: chart.filename,
          title: chart.title,
        });
        return;
      }
      const reply = await pipelineReply({ deps, actor, team, t, target: parsed.target });
      await respond({ response_type: 'ephemeral', ...reply });
    }),
  );
}
