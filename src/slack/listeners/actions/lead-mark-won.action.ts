import type { App, BlockAction, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { loadVisibleLead } from '../../../features/leads/leads.usecases.js';
import { winContext } from '../../../features/ledger/finance-settings.usecases.js';
import { ACTIONS } from '../../ids.js';
import { cardOrigin } from '../../leads/card-origin.js';
import { decodeCardButton } from '../../leads/lead-card-values.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { mrkdwn } from '../../views/blocks.js';
import { buildMarkWonModal } from '../../views/leads/close-lead-modals.js';

/**
 * "Mark won" on a lead card asks for the final amount. When the team's policy requires an approved contract
 * and the lead has none, it is refused privately; when it has none and the policy allows it, the form says so
 * and how to ask for one.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.leadMarkWon,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, t } = request;
        const clicked = decodeCardButton(action.value);
        const lead = await loadVisibleLead({ ...deps, actor, leadId: clicked?.leadId ?? Number.NaN });
        const { offerContract } = await winContext({ ...deps, actor, leadId: lead.id });
        const metadata = encodeLeadFormMetadata({
          ...cardOrigin(body as BlockAction, lead.id),
          version: lead.version,
          seenAt: deps.clock.now().getTime(),
        });
        const view = buildMarkWonModal({ lead, metadata, t });
        if (offerContract)
          view.blocks.splice(1, 0, { type: 'context', elements: [mrkdwn(t('ledger.won.noContract'))] });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
