import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reopenQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';
import { spendTrigger } from '../../requests/trigger-client.js';
import { withCaller } from '../../requests/view-submission.js';
import { buildPasteModal } from '../../views/quotes/quote-modals.js';

/** "Paste lines": pushes the paste form over the builder, which it refreshes once the lines are saved. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.quoteOpenPaste,
    onAction<BlockButtonAction>(
      deps,
      async ({ body, client, request }) => {
        const metadata = decodeBuilderMetadata(body.view?.private_metadata);
        if (!body.view || !metadata) return;
        const { quote } = await reopenQuoteBuilder({
          ...deps,
          actor: request.actor,
          quoteId: metadata.quoteId,
        });
        const view = buildPasteModal({
          metadata: { quoteId: quote.id, version: quote.version, builderViewId: body.view.id },
          t: request.t,
        });
        await spendTrigger(client, (twin) =>
          twin.views.push({ trigger_id: body.trigger_id, view: withCaller(view, request.actor) }),
        );
      },
      { urgent: true },
    ),
  );
}
