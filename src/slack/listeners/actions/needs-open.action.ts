import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { getNeedsState } from '../../../features/needs/needs.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeCardButton } from '../../leads/lead-card-values.js';
import { encodeNeedsMetadata } from '../../needs/needs-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildNeedsModal } from '../../views/needs/needs-modal.js';

/** "Needs analysis" on a lead card (or in the `/needs` pick list) opens the needs modal for that lead. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.leadNeedsAnalysis,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, t } = request;
        const leadId = decodeCardButton(action.value)?.leadId ?? NaN;
        const state = await getNeedsState({ ...deps, actor, leadId });
        const container = body.container as {
          channel_id?: string;
          message_ts?: string;
          is_ephemeral?: boolean;
        };
        const fromMessage = !container.is_ephemeral && container.channel_id && container.message_ts;
        const metadata = encodeNeedsMetadata({
          leadId: state.lead.id,
          rev: 0,
          proposed: {},
          version: state.lead.version,
          seenAt: deps.clock.now().getTime(),
          ...(body.response_url ? { responseUrl: body.response_url } : {}),
          ...(fromMessage ? { channelId: container.channel_id, messageTs: container.message_ts } : {}),
        });
        const view = buildNeedsModal({ state, t, locale: actor.locale, metadata, revision: 0 });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
