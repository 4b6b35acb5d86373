import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { leadCardMessage } from '../../leads/leads.presenter.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Open #42" in the new-lead form's duplicate warning: the existing lead's card, in the rep's DM with the bot (a
 * modal's button has no response_url), with its buttons. The form stays open. Visibility is checked again.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.duplicateOpenLead}_\\d+$`),
    onAction<BlockButtonAction>(deps, async ({ action, client, request }) => {
      const message = await leadCardMessage(deps, request.actor, Number(action.value));
      await client.chat.postMessage({ channel: request.actor.userId, ...message });
    }),
  );
}
