import { auditSubcommand, delegateSubcommand, policySubcommand } from '../approvals/salesflow-subcommands.js';
import { chartsSubcommand } from '../digest/charts-subcommand.js';
import { inboundSubcommand } from '../inbound/inbound-subcommand.js';
import { handoverSubcommand } from '../leads/handover-subcommand.js';
import { logoSubcommand } from '../quotes/logo-subcommand.js';
import { revisitsSubcommand } from '../revisits/revisits-subcommand.js';
import { serviceOwnerSubcommand } from '../service/service-owner-subcommand.js';
import { serviceTargetsSubcommand } from '../service/service-targets-subcommand.js';
import type { ExtensionSubcommand } from './salesflow-command-parser.js';
import type { SalesflowSubcommandHandler } from './salesflow-subcommand.types.js';

/**
 * Subcommands owned by other features, one line per handler (its module lives with its feature's listeners).
 * Errors a handler throws are shown to the user through describeError by the dispatcher.
 */
export const SALESFLOW_EXTENSIONS: Record<ExtensionSubcommand, SalesflowSubcommandHandler> = {
  policy: policySubcommand,
  delegate: delegateSubcommand,
  audit: auditSubcommand,
  inbound: inboundSubcommand,
  handover: handoverSubcommand,
  charts: chartsSubcommand,
  revisits: revisitsSubcommand,
  'service-owner': serviceOwnerSubcommand,
  'service-targets': serviceTargetsSubcommand,
  logo: logoSubcommand,
};
