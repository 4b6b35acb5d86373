import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { postTeamDigestNow } from '../../../jobs/tasks/digest.tasks.js';
import { pipelineReply } from '../../digest/pipeline.presenter.js';
import { parsePipelineCommand } from '../../digest/pipeline-command-parser.js';
import { COMMANDS } from '../../ids.js';
import { channelMention } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';

/**
 * `/pipeline [me|team|@user]`: the digest's numbers, privately. `/pipeline digest [force]` (admins): today's
 * team digest to the sales channel now, through the outbox, claimed under the scheduled digest's run key.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.pipeline,
    onCommand(deps, async ({ command, respond, request }) => {
      const { actor, team, t } = request;
      const parsed = parsePipelineCommand(command.text);
      if (parsed.kind === 'help') {
        await respond({ response_type: 'ephemeral', text: t('digest.command.usage') });
        return;
      }
      if (parsed.kind === 'digest') {
        const result = await postTeamDigestNow({ deps, actor, team, force: parsed.force });
        const text = result.posted
          ? t('digest.command.posted', { channel: channelMention(result.channelId) })
          : t('digest.command.alreadyPosted', { date: result.date });
        await respond({ response_type: 'ephemeral', text });
        return;
      }
      const reply = await pipelineReply({ deps, actor, team, t, target: parsed.target });
      await respond({ response_type: 'ephemeral', ...reply });
    }),
  );
}
