import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { listLeads } from '../../features/leads/leads.usecases.js';
import type { RequestContext } from '../context.js';
import { ACTIONS } from '../ids.js';
import { SLACK_LIMITS } from '../limits.js';
import { escapeMrkdwn, truncate } from '../mrkdwn.js';
import { mrkdwn, plain } from '../views/blocks.js';
import { leadTitle } from '../views/leads/lead-format.js';
import { type DiscountCommand, encodePick, leadIdOf } from './approval-command-parser.js';
import { openRequestModal } from './request-modal.js';

/** How many leads a "which one?" list offers; the rest are counted, with how to narrow the search. */
const PICK_LIMIT = 20;

/**
 * Shared by `/discount` and `/contract`: find the lead like `/lead <text>` (one match opens the modal, several
 * are offered to pick from, none gets a clear message). Called after the ack; errors are answered by the caller.
 */
export async function handleRequestCommand(input: {
  deps: AppDeps;
  client: WebClient;
  command: SlashCommand;
  respond: RespondFn;
  request: RequestContext;
  kind: 'discount' | 'contract';
  parsed: DiscountCommand;
}): Promise<void> {
  const { deps, client, command, respond, kind, parsed, request } = input;
  const { actor, team, t } = request;
  const reply = (text: string, blocks?: KnownBlock[]) =>
    respond({ response_type: 'ephemeral', text, ...(blocks ? { blocks } : {}) });
  const { leadText } = parsed;
  if (!leadText) {
    await reply(
      t(kind === 'discount' ? 'approvals.command.usageDiscount' : 'approvals.command.usageContract'),
    );
    return;
  }
  const shown = escapeMrkdwn(truncate(leadText, 100));
  if ('badPercent' in parsed) {
    await reply(
      t('approvals.command.badPercent', { text: escapeMrkdwn(truncate(parsed.badPercent, 40)), lead: shown }),
    );
    return;
  }
  const { percent } = parsed;
  const open = (leadId: number) =>
    openRequestModal({
      deps,
      client,
      triggerId: command.trigger_id,
      actor,
      team,
      t,
      kind,
      leadId,
      ...(percent ? { percent } : {}),
      responseUrl: command.response_url,
    });
  const byId = leadIdOf(leadText);
  if (byId !== undefined) {
    await open(byId);
    return;
  }
  const { leads, total } = await listLeads({ ...deps, actor, filter: { kind: 'search', text: leadText } });
  if (leads.length === 0) {
    await reply(t('approvals.command.noMatch', { text: shown }));
    return;
  }
  if (leads.length === 1 && leads[0]) {
    await open(leads[0].id);
    return;
  }
  const offered = leads.slice(0, PICK_LIMIT);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(t('approvals.command.pick', { text: shown })) },
  ];
  for (const lead of offered)
    blocks.push({
      type: 'section',
      text: mrkdwn(`*${leadTitle(lead)}* · ${escapeMrkdwn(lead.contactName)}`),
      accessory: {
        type: 'button',
        action_id: `${ACTIONS.approvalPickLead}_${lead.id}`,
        text: plain(t('approvals.button.pick'), SLACK_LIMITS.buttonText),
        value: encodePick({ kind, leadId: lead.id, ...(percent ? { percent } : {}) }),
      },
    });
  if (total > offered.length)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('leads.pickMore', { count: total, shown: offered.length }))],
    });
  await reply(t('approvals.command.pick', { text: shown }), blocks);
}
