import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reopenQuoteBuilder } from '../../../features/quotes/quote-builder.usecases.js';
import { ACTIONS } from '../../ids.js';
import { inBuilder } from '../../quotes/quote-builder-refresh.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';

/** "Previous lines" / "Next lines" in a long quote's builder (`quote_page_<page>`): 25 lines a page. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.quotePage}_\\d+$`),
    onAction<BlockButtonAction>(deps, async ({ action, body, client, request }) => {
      const view = body.view;
      const metadata = decodeBuilderMetadata(view?.private_metadata);
      const page = Number(action.value);
      if (!view || !metadata || !Number.isSafeInteger(page) || page < 0) return;
      await inBuilder({
        deps,
        client,
        view: { id: view.id, hash: view.hash },
        quoteId: metadata.quoteId,
        page,
        request,
        work: async () => ({
          state: await reopenQuoteBuilder({ ...deps, actor: request.actor, quoteId: metadata.quoteId }),
        }),
      });
    }),
  );
}
