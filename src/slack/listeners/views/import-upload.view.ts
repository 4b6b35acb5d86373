import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { previewImport } from '../../../features/imports/imports.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { decodeUploadMetadata, uploadedFile } from '../../imports/import-metadata.js';
import { slackOwnerDirectory } from '../../imports/owner-directory.js';
import { downloadSharedFile } from '../../imports/shared-file.js';
import { onViewSubmission, withCaller } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { buildImportPreviewModal } from '../../views/imports/import-modals.js';

/**
 * The file chosen in `/lead import`'s or `/product import`'s modal (its metadata says which, and for which price
 * list): acknowledged first, then downloaded with the bot token, read and checked; the modal turns into the
 * preview. Nothing is imported yet. A file that cannot be read puts the form back with the reason.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.importUpload,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) =>
        uploadedFile(view.state.values as ViewStateValues, BLOCKS.importFile)
          ? undefined
          : { [BLOCKS.importFile]: t('imports.modal.file') },
      work: async ({ view, client, request, modal }) => {
        const { actor, t, log } = request;
        const shared = uploadedFile(view.state.values as ViewStateValues, BLOCKS.importFile);
        if (!shared) return;
        const target = decodeUploadMetadata(view.private_metadata);
        const file = await downloadSharedFile({ client, botToken: deps.config.slack.botToken, file: shared });
        const preview = await previewImport({
          ...deps,
          actor,
          directory: slackOwnerDirectory(client, log),
          file,
          kind: target.kind,
          ...(target.priceListId ? { priceListId: target.priceListId } : {}),
        });
        log.info({ importId: preview.importId, rows: preview.counts.rows }, 'import previewed');
        await modal.update(withCaller(buildImportPreviewModal({ preview, t }), actor));
      },
    }),
  );
}
