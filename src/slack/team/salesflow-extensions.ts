import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { auditSubcommand, delegateSubcommand, policySubcommand } from '../approvals/salesflow-subcommands.js';
import type { RequestContext } from '../context.js';
import type { ExtensionSubcommand } from './salesflow-command-parser.js';

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

/**
 * Subcommands owned by other features, one line per handler (its module lives with its feature's listeners).
 * Errors a handler throws are shown to the user through describeError by the dispatcher.
 */
export const SALESFLOW_EXTENSIONS: Record<ExtensionSubcommand, SalesflowSubcommandHandler> = {
  policy: policySubcommand,
  delegate: delegateSubcommand,
  audit: auditSubcommand,
};
