import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { importLineFile } from '../../../features/quotes/quote-line-import.usecases.js';
import { pasteLines } from '../../../features/quotes/quote-lines.usecases.js';
import type { MessageKey } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { uploadedFile } from '../../imports/import-metadata.js';
import { downloadSharedFile } from '../../imports/shared-file.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { showBuilder } from '../../quotes/quote-builder-refresh.js';
import { decodeChildMetadata } from '../../quotes/quote-values.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/**
 * Pasted `SKU qty [price] [discount]` lines, or a CSV/.xlsx file of them (downloaded with the bot token, read by
 * the import pipeline's reader): all saved, or none with one message per bad line or row (the pasted text is kept
 * to fix). Once saved, the builder underneath is redrawn with the lines and totals.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.quotePaste,
    onViewSubmission(deps, {
      validate: ({ view }, { t }): Record<string, string> | undefined => {
        const values = view.state.values as unknown as ViewStateValues;
        const text = readInput(values, BLOCKS.quotePasteText)?.trim();
        const file = uploadedFile(values, BLOCKS.quotePasteFile);
        if (!text && !file) return { [BLOCKS.quotePasteText]: t('quotes.paste.nothing') };
        if (text && file) return { [BLOCKS.quotePasteFile]: t('quotes.paste.both') };
        return undefined;
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const metadata = decodeChildMetadata(view.private_metadata);
        if (!metadata) throw new Error('paste form without metadata');
        const values = view.state.values as unknown as ViewStateValues;
        const shared = uploadedFile(values, BLOCKS.quotePasteFile);
        const target = { ...deps, actor, quoteId: metadata.quoteId, seenVersion: metadata.version };
        const pasted = shared
          ? await importLineFile({
              ...target,
              file: await downloadSharedFile({ client, botToken: deps.config.slack.botToken, file: shared }),
            })
          : await pasteLines({ ...target, text: readInput(values, BLOCKS.quotePasteText) ?? '' });
        if (!pasted.ok) {
          const lines = pasted.problems.slice(0, 30).map((problem) =>
            problem.line === 0
              ? t(problem.error as MessageKey)
              : t(shared ? 'quotes.error.fileRow' : 'quotes.error.pasteLine', {
                  line: problem.line,
                  text: escapeMrkdwn(problem.text),
                  problem: t(problem.error as MessageKey, { sku: escapeMrkdwn(problem.sku ?? problem.text) }),
                }),
          );
          const key = shared ? 'quotes.paste.fileProblems' : 'quotes.paste.problems';
          await modal.restore(t(key, { count: pasted.problems.length, lines: lines.join('\n') }));
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
