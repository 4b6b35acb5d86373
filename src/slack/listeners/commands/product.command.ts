import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { COMMANDS } from '../../ids.js';
import { answerProductCommand } from '../../products/product-command.js';
import { opensProductModal, parseProductCommand } from '../../products/product-command-parser.js';
import { onCommand } from '../../requests/after-ack.js';

/**
 * `/product`: finds products and shows one (with Edit / Retire / Reactivate for admins and finance), opens the
 * add form or a price list's import, lists the price lists and sets prices on them. Replies are private.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.product,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const reply = await answerProductCommand({
          deps,
          request,
          client,
          triggerId: command.trigger_id,
          command: parseProductCommand(command.text),
        });
        if (reply) await respond({ response_type: 'ephemeral', ...reply } as Parameters<typeof respond>[0]);
      },
      { urgent: ({ command }) => opensProductModal(command.text) },
    ),
  );
}
