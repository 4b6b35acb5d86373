import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { remapImport, startImport } from '../../../features/imports/imports.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { decodeImportMetadata, mappingFromState } from '../../imports/import-metadata.js';
import { runImportInBackground } from '../../imports/import-runner.js';
import { slackOwnerDirectory } from '../../imports/owner-directory.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';
import { buildImportPreviewModal } from '../../views/imports/import-modals.js';

/**
 * Import pressed in the preview (leads or a price list): the import is claimed once, with the columns and (for
 * leads) the duplicate choice the modal shows; the modal says where the progress will be, and the rows are written
 * in the background.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.importPreview,
    onViewSubmission(deps, {
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const metadata = decodeImportMetadata(view.private_metadata);
        if (!metadata) return;
        const values = view.state.values as ViewStateValues;
        if (metadata.recheck) {
          const preview = await remapImport({
            ...deps,
            actor,
            directory: slackOwnerDirectory(client, request.log),
            importId: metadata.importId,
            mapping: mappingFromState(values),
          });
          await modal.update(buildImportPreviewModal({ preview, t }));
          return;
        }
        const record = await startImport({
          ...deps,
          actor,
          importId: metadata.importId,
          policy: readInput(values, BLOCKS.importPolicy) === 'update' ? 'update' : 'skip',
          mapping: mappingFromState(values),
        });
        await modal.done(t('imports.modal.started', { file: record.fileName }));
        void runImportInBackground({ deps, client, request, record });
      },
    }),
  );
}
