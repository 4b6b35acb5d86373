import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { applyLineChange } from '../../../features/quotes/quote-builder.usecases.js';
import { ACTIONS } from '../../ids.js';
import { inBuilder } from '../../quotes/quote-builder-refresh.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { onAction } from '../../requests/after-ack.js';

/** "Remove" beside a line (`quote_remove_line_<position>`): the line goes, the rest move up, totals are redrawn. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.quoteRemoveLine}_\\d+$`),
    onAction<BlockButtonAction>(deps, async ({ action, body, client, request }) => {
      const view = body.view;
      const metadata = decodeBuilderMetadata(view?.private_metadata);
      const position = Number(action.value);
      if (!view || !metadata || !Number.isSafeInteger(position) || position < 1) return;
      await inBuilder({
        deps,
        client,
        view: { id: view.id, hash: view.hash },
        quoteId: metadata.quoteId,
        page: metadata.page,
        request,
        work: async () => ({
          state: await applyLineChange({
            ...deps,
            actor: request.actor,
            quoteId: metadata.quoteId,
            seenVersion: metadata.version,
            change: { kind: 'remove', position },
          }),
        }),
      });
    }),
  );
}
