import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { handleRequestCommand } from '../../approvals/request-command.js';
import { requestContext } from '../../context.js';
import { COMMANDS } from '../../ids.js';

/** `/contract <lead>`: opens the contract approval modal for the lead. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.contract,
    async ({ ack, command, respond, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
      await ack();
      await handleRequestCommand({
        deps,
        client,
        command,
        respond,
        request: requestContext(context),
        kind: 'contract',
        leadText: command.text.trim(),
        percent: undefined,
      });
    },
  );
}
