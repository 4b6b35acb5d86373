import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { COMMANDS } from '../../ids.js';
import { onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { answerTargetCommand } from '../../targets/target-command.js';
import { parseTargetCommand } from '../../targets/target-command-parser.js';

/**
 * `/target`: your targets and progress; `/target @rep|team …` theirs, or sets one (managers for their reports,
 * directors and admins for anyone, as the use case decides); `/target plan` opens today's plan;
 * `/target checkin on|off`; `/target settings …`. Everything is answered privately.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.target,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const { actor, team, t } = request;
        const parsed = parseTargetCommand(command.text);
        const answer = await answerTargetCommand({ deps, actor, team, t, command: parsed });
        if (answer.kind === 'modal') {
          await openModal({ client, triggerId: command.trigger_id, view: answer.view, request });
          return;
        }
        await respond({
          response_type: 'ephemeral',
          text: answer.text,
          ...(answer.blocks ? { blocks: answer.blocks } : {}),
        });
      },
      { urgent: ({ command }) => parseTargetCommand(command.text).kind === 'plan' },
    ),
  );
}
