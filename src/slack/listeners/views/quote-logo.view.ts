import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { setQuoteLogo } from '../../../features/quotes/quote-logo.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { uploadedFile } from '../../imports/import-metadata.js';
import { downloadSharedFile } from '../../imports/shared-file.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';

/**
 * The logo form's file: downloaded with the bot token (the quote-lines import's path), checked for what its bytes
 * are, saved as the team's logo. A file that is no logo is refused in the form, in the admin's language.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.quoteLogo,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) =>
        uploadedFile(view.state.values as unknown as ViewStateValues, BLOCKS.quoteLogoFile)
          ? undefined
          : { [BLOCKS.quoteLogoFile]: t('quotes.logo.missing') },
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const shared = uploadedFile(view.state.values as unknown as ViewStateValues, BLOCKS.quoteLogoFile);
        if (!shared) return;
        // A refusal (not an image, too large, not an admin) is thrown: the form comes back with it on top.
        const file = await downloadSharedFile({ client, botToken: deps.config.slack.botToken, file: shared });
        const saved = await setQuoteLogo({ ...deps, actor, bytes: file.bytes });
        await modal.done(t('quotes.logo.saved', { width: saved.width, height: saved.height }));
      },
    }),
  );
}
