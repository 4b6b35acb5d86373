import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { COMMANDS } from '../../ids.js';
import { onCommand } from '../../requests/after-ack.js';
import { answerServiceCommand, serviceCommandOpensForm } from '../../service/service-command.js';

/** `/service <customer> <what happened>`: an after-sales service request (售后服务) for a customer. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.service,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const reply = await answerServiceCommand({
          deps,
          client,
          request,
          text: command.text,
          triggerId: command.trigger_id,
        });
        if (reply) await respond({ response_type: 'ephemeral', text: reply.text });
      },
      { urgent: ({ command }) => serviceCommandOpensForm(command.text) },
    ),
  );
}
