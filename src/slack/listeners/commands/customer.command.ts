import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { answerCustomerCommand, isCustomerImport } from '../../customers/customer-command.js';
import { COMMANDS } from '../../ids.js';
import { onCommand } from '../../requests/after-ack.js';

/**
 * `/customer <name or #id>`: a customer's file (客户档案), as far as the caller may see it; `/customer import` opens
 * the import modal. Replies are private.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.customer,
    onCommand(
      deps,
      async ({ client, command, respond, request }) => {
        const reply = await answerCustomerCommand({
          deps,
          client,
          request,
          text: command.text,
          triggerId: command.trigger_id,
        });
        if (reply) await respond({ response_type: 'ephemeral', ...reply } as Parameters<typeof respond>[0]);
      },
      { urgent: ({ command }) => isCustomerImport(command.text) },
    ),
  );
}
