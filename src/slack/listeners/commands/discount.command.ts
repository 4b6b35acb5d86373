import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { parseDiscountCommand } from '../../approvals/approval-command-parser.js';
import { handleRequestCommand } from '../../approvals/request-command.js';
import { requestContext } from '../../context.js';
import { COMMANDS } from '../../ids.js';

/** `/discount <lead> <percent>`: opens the discount request modal for the lead. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.discount,
    async ({ ack, command, respond, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
      await ack();
      const { leadText, percent } = parseDiscountCommand(command.text);
      await handleRequestCommand({
        deps,
        client,
        command,
        respond,
        request: requestContext(context),
        kind: 'discount',
        leadText,
        percent,
      });
    },
  );
}
