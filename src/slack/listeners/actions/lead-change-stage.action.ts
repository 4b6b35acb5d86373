import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { changeStage } from '../../../features/leads/lead-progress.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { afterLeadChange } from '../../leads/after-lead-change.js';
import { cardOrigin } from '../../leads/card-origin.js';
import { describeError } from '../../user-error.js';

/** The card's stage menu: option values are `<leadId>:<stage>`; the use case decides who may move the lead. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockStaticSelectAction>(
    ACTIONS.leadChangeStage,
    async ({
      ack,
      action,
      body,
      client,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, team, t, log } = requestContext(context);
      const [rawId = '', stage = ''] = action.selected_option.value.split(':');
      try {
        const result = await changeStage({ ...deps, actor, leadId: Number(rawId), stage });
        if (!result.changed) return;
        log.info({ leadId: result.lead.id, to: stage }, 'lead stage changed');
        await afterLeadChange({
          deps,
          client,
          actor,
          team,
          t,
          lead: result.lead,
          change: result.change,
          origin: cardOrigin(body as BlockAction, result.lead.id),
        });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: describeError(error, t, log),
        });
      }
    },
  );
}
