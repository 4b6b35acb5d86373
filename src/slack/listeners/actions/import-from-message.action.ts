import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { previewImport } from '../../../features/imports/imports.usecases.js';
import { ACTIONS } from '../../ids.js';
import { slackOwnerDirectory } from '../../imports/owner-directory.js';
import { downloadSharedFile } from '../../imports/shared-file.js';
import { onAction } from '../../requests/after-ack.js';
import { updateModal } from '../../requests/modals.js';
import { withCaller } from '../../requests/view-submission.js';
import { describeError } from '../../user-error.js';
import { buildImportPreviewModal, buildImportReadingModal } from '../../views/imports/import-modals.js';

/**
 * "Preview import" under a file sent to the bot in a DM: the modal opens at once ("Reading…", while the
 * trigger_id is valid), then the file is downloaded and checked and the modal becomes the preview. The button
 * carries only the file id; the file is fetched with the bot token for whoever clicked.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.importFromMessage,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, t, log } = request;
        const opened = (await client.views.open({
          trigger_id: body.trigger_id,
          view: withCaller(buildImportReadingModal({ t, fileName: '' }), actor),
        })) as { view?: { id?: string } };
        const viewId = opened.view?.id;
        if (!viewId) return;
        try {
          const file = await downloadSharedFile({
            client,
            botToken: deps.config.slack.botToken,
            file: { id: action.value ?? '' },
          });
          const preview = await previewImport({
            ...deps,
            actor,
            directory: slackOwnerDirectory(client, log),
            file,
          });
          await updateModal({ client, viewId, view: buildImportPreviewModal({ preview, t }), request });
        } catch (error) {
          await updateModal({
            client,
            viewId,
            view: buildImportReadingModal({ t, fileName: '', error: describeError(error, t, log) }),
            request,
          });
        }
      },
      { urgent: true },
    ),
  );
}
