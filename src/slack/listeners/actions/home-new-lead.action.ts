import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { ACTIONS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';

/** "New lead" on the App Home: the same modal as `/lead`; with no channel, the confirmation comes as a DM. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.homeNewLead,
    onAction<BlockButtonAction>(
      deps,
      async ({ body, client, request }) => {
        const { actor, team, t } = request;
        const view = buildLeadFormModal({
          mode: 'new',
          values: newLeadDefaults({ actor, team, clock: deps.clock }),
          metadata: encodeLeadFormMetadata({}),
          t,
        });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
