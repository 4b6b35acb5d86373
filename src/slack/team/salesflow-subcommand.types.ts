import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { RequestContext } from '../context.js';

/** What a `/salesflow <subcommand>` handler from another feature gets; the command is already acked. */
export interface SalesflowSubcommandInput {
  deps: AppDeps;
  command: SlashCommand;
  /** The text after the subcommand name, trimmed (mentions still escaped: use the parser's helpers). */
  args: string;
  client: WebClient;
  respond: RespondFn;
  request: RequestContext;
}

export type SalesflowSubcommandHandler = (input: SalesflowSubcommandInput) => Promise<void>;
