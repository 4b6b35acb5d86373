import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { pasteLines } from '../../../features/quotes/quote-lines.usecases.js';
import type { MessageKey } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { showBuilder } from '../../quotes/quote-builder-refresh.js';
import { decodeChildMetadata } from '../../quotes/quote-values.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/**
 * Pasted `SKU qty [price] [discount]` lines: all saved, or none with one message per bad line (the pasted text is
 * kept to fix). Once saved, the builder underneath is redrawn with the lines and totals.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.quotePaste,
    onViewSubmission(deps, {
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const metadata = decodeChildMetadata(view.private_metadata);
        if (!metadata) throw new Error('paste form without metadata');
        const text = readInput(view.state.values as unknown as ViewStateValues, BLOCKS.quotePasteText) ?? '';
        const pasted = await pasteLines({
          ...deps,
          actor,
          quoteId: metadata.quoteId,
          seenVersion: metadata.version,
          text,
        });
        if (!pasted.ok) {
          const lines = pasted.problems.slice(0, 30).map((problem) =>
            problem.line === 0
              ? t(problem.error as MessageKey)
              : t('quotes.error.pasteLine', {
                  line: problem.line,
                  text: escapeMrkdwn(problem.text),
                  problem: t(problem.error as MessageKey, { sku: escapeMrkdwn(problem.sku ?? problem.text) }),
                }),
          );
          await modal.restore(
            t('quotes.paste.problems', { count: pasted.problems.length, lines: lines.join('\n') }),
          );
          return;
        }
        await modal.done(t('quotes.paste.done', { count: pasted.added, number: pasted.state.quote.number }));
        if (metadata.builderViewId)
          await showBuilder({
            client,
            view: { id: metadata.builderViewId },
            state: pasted.state,
            page: Number.MAX_SAFE_INTEGER,
            request,
          });
      },
    }),
  );
}
