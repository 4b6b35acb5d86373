import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { STAGES } from '../../../features/leads/leads.types.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { COMMANDS } from '../../ids.js';
import { handleTransferCommand, opensImportModal } from '../../imports/transfer-command.js';
import { handLeadOver } from '../../leads/hand-lead-over.js';
import { parseLeadCommand } from '../../leads/lead-command-parser.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { leadCardMessage, leadListMessage } from '../../leads/leads.presenter.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';

/**
 * `/lead`: opens the new-lead modal, lists, finds or shows leads; `/lead import` and `/lead export` bring leads
 * in and out (src/slack/imports). Replies are private to the caller.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.lead,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const { actor, team, t } = request;
        const reply = (message: { text: string; blocks?: unknown[] }) =>
          respond({ response_type: 'ephemeral', ...message } as Parameters<typeof respond>[0]);
        const transfer = { deps, text: command.text, triggerId: command.trigger_id, client, request, reply };
        if (await handleTransferCommand(transfer)) return;
        const parsed = parseLeadCommand(command.text);
        switch (parsed.kind) {
          case 'new': {
            const view = buildLeadFormModal({
              mode: 'new',
              values: newLeadDefaults({ actor, team, clock: deps.clock }),
              metadata: encodeLeadFormMetadata({
                channelId: command.channel_id,
                responseUrl: command.response_url,
              }),
              t,
            });
            await openModal({ client, triggerId: command.trigger_id, view, request });
            return;
          }
          case 'help':
            await reply({
              text: `${t('leads.usage', { stages: STAGES.join(', ') })}\n${t('imports.usage')}`,
            });
            return;
          case 'unknownStage':
            await reply({
              text: t('leads.unknownStage', {
                stage: escapeMrkdwn(truncate(parsed.stage, 100)),
                stages: STAGES.join(', '),
              }),
            });
            return;
          case 'show':
            await reply(await leadCardMessage(deps, actor, parsed.leadId));
            return;
          case 'list':
            await reply(await leadListMessage(deps, actor, t, parsed.filter));
            return;
          case 'owner':
            await reply({ text: await handLeadOver({ deps, client, request, ...parsed }) });
            return;
        }
      },
      { urgent: ({ command }) => command.text.trim() === '' || opensImportModal(command.text) },
    ),
  );
}
