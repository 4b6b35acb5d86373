import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { STAGES } from '../../../features/leads/leads.types.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { requestContext } from '../../context.js';
import { COMMANDS } from '../../ids.js';
import { parseLeadCommand } from '../../leads/lead-command-parser.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { leadCardMessage, leadListMessage } from '../../leads/leads.presenter.js';
import { describeError } from '../../user-error.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';

/** `/lead`: opens the new-lead modal, lists, finds or shows leads. Replies are private to the caller. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.lead,
    async ({ ack, command, respond, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
      await ack();
      const { actor, team, t, log } = requestContext(context);
      const parsed = parseLeadCommand(command.text);
      try {
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
            await client.views.open({ trigger_id: command.trigger_id, view });
            return;
          }
          case 'help':
            await respond({
              response_type: 'ephemeral',
              text: t('leads.usage', { stages: STAGES.join(', ') }),
            });
            return;
          case 'unknownStage':
            await respond({
              response_type: 'ephemeral',
              text: t('leads.unknownStage', { stage: parsed.stage, stages: STAGES.join(', ') }),
            });
            return;
          case 'show':
            await respond({
              response_type: 'ephemeral',
              ...(await leadCardMessage(deps, actor, parsed.leadId)),
            });
            return;
          case 'list':
            await respond({
              response_type: 'ephemeral',
              ...(await leadListMessage(deps, actor, t, parsed.filter)),
            });
            return;
        }
      } catch (error) {
        await respond({ response_type: 'ephemeral', text: describeError(error, t, log) });
      }
    },
  );
}
