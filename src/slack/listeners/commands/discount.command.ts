import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { parseDiscountCommand } from '../../approvals/approval-command-parser.js';
import { handleRequestCommand } from '../../approvals/request-command.js';
import { COMMANDS } from '../../ids.js';
import { onCommand } from '../../requests/after-ack.js';

/** `/discount <lead> <percent>`: opens the discount request modal for the lead. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.discount,
    onCommand(
      deps,
      ({ command, respond, client, request }) =>
        handleRequestCommand({
          deps,
          client,
          command,
          respond,
          request,
          kind: 'discount',
          parsed: parseDiscountCommand(command.text),
        }),
      { urgent: true },
    ),
  );
}
