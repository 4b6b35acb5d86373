import type { AllMiddlewareArgs, App, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { requestContext } from '../../context.js';
import { SHORTCUTS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';
import { notesFromMessage } from '../../views/leads/message-notes.js';

/** "Create lead from message": the new-lead modal with the message's text and permalink in the notes. */
export function register(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>(
    SHORTCUTS.createLeadFromMessage,
    async ({
      ack,
      shortcut,
      client,
      context,
    }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
      await ack();
      const { actor, team, t, log } = requestContext(context);
      // The permalink is worth one quick call, but the modal must open within the trigger's 3 seconds.
      const permalink = await client.chat
        .getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message.ts })
        .then((answer) => answer.permalink)
        .catch((error: unknown) => {
          log.warn({ err: error }, 'chat.getPermalink failed; opening the modal without the link');
          return undefined;
        });
      const view = buildLeadFormModal({
        mode: 'new',
        values: {
          ...newLeadDefaults({ actor, team, clock: deps.clock }),
          notes: notesFromMessage(shortcut.message.text ?? '', permalink, t),
        },
        metadata: encodeLeadFormMetadata({
          channelId: shortcut.channel.id,
          responseUrl: shortcut.response_url,
        }),
        t,
      });
      await client.views.open({ trigger_id: shortcut.trigger_id, view });
    },
  );
}
