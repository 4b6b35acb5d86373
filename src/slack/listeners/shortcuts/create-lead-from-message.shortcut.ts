import type { App, MessageShortcut } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { SHORTCUTS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { onShortcut } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';
import { notesFromMessage } from '../../views/leads/message-notes.js';

/** The permalink is worth a quick call, but the modal must open within the trigger's 3 seconds. */
const PERMALINK_BUDGET_MS = 1000;

/** "Create lead from message": the new-lead modal with the message's text and permalink in the notes. */
export function register(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>(
    SHORTCUTS.createLeadFromMessage,
    onShortcut<MessageShortcut>(
      deps,
      async ({ shortcut, client, request }) => {
        const { actor, team, t, log } = request;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), PERMALINK_BUDGET_MS);
        });
        const permalink = await Promise.race([
          client.chat
            .getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message.ts })
            .then((answer) => answer.permalink),
          late,
        ])
          .catch((error: unknown) => {
            log.warn({ err: error }, 'chat.getPermalink failed; opening the modal without the link');
            return undefined;
          })
          .finally(() => clearTimeout(timer));
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
        await openModal({ client, triggerId: shortcut.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
