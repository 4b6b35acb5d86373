import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';

/** "New lead" on the App Home: the same modal as `/lead`; with no channel, the confirmation comes as a DM. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.homeNewLead,
    async ({
      ack,
      body,
      client,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, team, t } = requestContext(context);
      const view = buildLeadFormModal({
        mode: 'new',
        values: newLeadDefaults({ actor, team, clock: deps.clock }),
        metadata: encodeLeadFormMetadata({}),
        t,
      });
      await client.views.open({ trigger_id: body.trigger_id, view });
    },
  );
}
