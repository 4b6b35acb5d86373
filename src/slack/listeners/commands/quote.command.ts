import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { COMMANDS } from '../../ids.js';
import { handleQuoteCommand } from '../../quotes/quote-command.js';
import { parseQuoteCommand } from '../../quotes/quote-command-parser.js';
import { onCommand } from '../../requests/after-ack.js';

/**
 * `/quote <lead>`: the quote builder (the lead's quote in preparation, or a new one). `/quote list [mine|team|<lead>]`,
 * `/quote BJ-2026-0001 [v1]` (a sent version exactly as sent), `/quote export` (the CSV with lines).
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.quote,
    onCommand(
      deps,
      async ({ command, respond, client, request }) =>
        handleQuoteCommand({ deps, client, command, respond, request }, parseQuoteCommand(command.text)),
      { urgent: ({ command }) => parseQuoteCommand(command.text).kind === 'build' },
    ),
  );
}
