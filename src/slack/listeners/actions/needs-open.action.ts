import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { getNeedsState } from '../../../features/needs/needs.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { encodeNeedsMetadata } from '../../needs/needs-metadata.js';
import { describeError } from '../../user-error.js';
import { buildNeedsModal } from '../../views/needs/needs-modal.js';

/** "Needs analysis" on a lead card (or in the `/needs` pick list) opens the needs modal for that lead. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.leadNeedsAnalysis,
    async ({
      ack,
      action,
      body,
      client,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, t, log } = requestContext(context);
      try {
        const state = await getNeedsState({ ...deps, actor, leadId: Number(action.value) });
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
          ...(body.response_url ? { responseUrl: body.response_url } : {}),
          ...(fromMessage ? { channelId: container.channel_id, messageTs: container.message_ts } : {}),
        });
        const view = buildNeedsModal({ state, t, locale: actor.locale, metadata, revision: 0 });
        await client.views.open({ trigger_id: body.trigger_id, view });
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
