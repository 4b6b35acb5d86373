import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import type { ImportKindName } from '../../features/imports/imports.types.js';
import { previewImport } from '../../features/imports/imports.usecases.js';
import { onAction } from '../requests/after-ack.js';
import { updateModal } from '../requests/modals.js';
import { spendTrigger } from '../requests/trigger-client.js';
import { withCaller } from '../requests/view-submission.js';
import { describeError } from '../user-error.js';
import { buildImportPreviewModal, buildImportReadingModal } from '../views/imports/import-modals.js';
import { slackOwnerDirectory } from './owner-directory.js';
import { downloadSharedFile } from './shared-file.js';

/**
 * A button under a file sent to the bot in a DM that previews it as `kind` (leads, or the default price list):
 * the modal opens at once ("Reading…", while the trigger_id is valid), then the file is downloaded and checked
 * and the modal becomes the preview, or says why it could not. The button carries only the file id; the file is
 * fetched with the bot token for whoever clicked, and the use case decides whether they may import it.
 */
export function registerSharedFilePreview(
  app: App,
  deps: AppDeps,
  actionId: string,
  kind: ImportKindName,
): void {
  app.action<BlockButtonAction>(
    actionId,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, t, log } = request;
        const opened = (await spendTrigger(client, (twin) =>
          twin.views.open({
            trigger_id: body.trigger_id,
            view: withCaller(buildImportReadingModal({ t, fileName: '', kind }), actor),
          }),
        )) as { view?: { id?: string } };
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
            kind,
          });
          await updateModal({ client, viewId, view: buildImportPreviewModal({ preview, t }), request });
        } catch (error) {
          await updateModal({
            client,
            viewId,
            view: buildImportReadingModal({ t, fileName: '', kind, error: describeError(error, t, log) }),
            request,
          });
        }
      },
      { urgent: true },
    ),
  );
}
