import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { remapImport } from '../../../features/imports/imports.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeImportMetadata, mappingFromState } from '../../imports/import-metadata.js';
import { slackOwnerDirectory } from '../../imports/owner-directory.js';
import { onAction } from '../../requests/after-ack.js';
import { updateModal } from '../../requests/modals.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { buildImportPreviewModal } from '../../views/imports/import-modals.js';

/** "Check again" in the preview: the rows are checked again with the columns as the user set them. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.importCheckMapping,
    onAction<BlockButtonAction>(deps, async ({ body, client, request }) => {
      const { actor, t, log } = request;
      const view = body.view;
      const metadata = decodeImportMetadata(view?.private_metadata);
      if (!view || !metadata) return;
      const preview = await remapImport({
        ...deps,
        actor,
        directory: slackOwnerDirectory(client, log),
        importId: metadata.importId,
        mapping: mappingFromState(view.state.values as ViewStateValues),
      });
      await updateModal({ client, viewId: view.id, view: buildImportPreviewModal({ preview, t }), request });
    }),
  );
}
