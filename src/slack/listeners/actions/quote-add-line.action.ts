import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reopenQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { addLine } from '../../../features/quotes/quote-lines.usecases.js';
import { ACTIONS } from '../../ids.js';
import { lineErrorsNotice, readLineForm } from '../../quotes/quote-builder-form.js';
import { inBuilder } from '../../quotes/quote-builder-refresh.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';
import type { ViewStateValues } from '../../views/blocks.js';

/**
 * "Add line" in the builder: the fields are read from the modal's state, the line is priced and saved (conditional
 * on the version the builder showed), and the builder is redrawn with the new line and totals (`views.update` with
 * the view's hash). A bad field keeps the builder with a notice naming it.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteAddLine,
    onAction<BlockButtonAction>(deps, async ({ body, client, request }) => {
      const view = body.view;
      const metadata = decodeBuilderMetadata(view?.private_metadata);
      if (!view || !metadata) return;
      const form = readLineForm(view.state.values as unknown as ViewStateValues);
      await inBuilder({
        deps,
        client,
        view: { id: view.id, hash: view.hash },
        quoteId: metadata.quoteId,
        page: Number.MAX_SAFE_INTEGER,
        request,
        work: async () => {
          const added = await addLine({
            ...deps,
            actor: request.actor,
            quoteId: metadata.quoteId,
            seenVersion: metadata.version,
            form,
          });
          if (added.ok) return { state: added.state };
          const state = await reopenQuoteBuilder({
            ...deps,
            actor: request.actor,
            quoteId: metadata.quoteId,
          });
          return { state, notice: lineErrorsNotice(added.errors, request.t) };
        },
      });
    }),
  );
}
