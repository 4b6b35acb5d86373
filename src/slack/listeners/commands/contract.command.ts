import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { handleRequestCommand } from '../../approvals/request-command.js';
import { COMMANDS } from '../../ids.js';
import { onCommand } from '../../requests/after-ack.js';

/** `/contract <lead>`: opens the contract approval modal for the lead. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.contract,
    onCommand(
      deps,
      ({ command, respond, client, request }) =>
        handleRequestCommand({
          deps,
          client,
          command,
          respond,
          request,
          kind: 'contract',
          parsed: { leadText: command.text.trim(), percent: undefined },
        }),
      { urgent: true },
    ),
  );
}
