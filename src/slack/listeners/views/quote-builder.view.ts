import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { localNowIn } from '../../../features/leads/lead-progress-input.js';
import { saveTerms, validateTerms } from '../../../features/quotes/quote-terms.usecases.js';
import { VIEWS } from '../../ids.js';
import { readTermsForm, termsFieldErrors } from '../../quotes/quote-builder-form.js';
import { dmQuoteMessage } from '../../quotes/quote-replies.js';
import { decodeBuilderMetadata } from '../../quotes/quote-values.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';

/**
 * "Save" in the builder: the terms (validity, payment terms, delivery time, whole-quote discount, language, price
 * list) are checked inline, then saved conditionally on the version the builder showed; the rep then gets the
 * quote in a DM with its next step (Request approval).
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.quoteBuilder,
    onViewSubmission(deps, {
      validate: ({ view }, { t, timezone }) => {
        if (!timezone) return undefined;
        const today = localNowIn(timezone, deps.clock.now()).date;
        const result = validateTerms(readTermsForm(view.state.values as unknown as ViewStateValues), today);
        return result.ok ? undefined : termsFieldErrors(result.errors, t);
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, team, t } = request;
        const metadata = decodeBuilderMetadata(view.private_metadata);
        if (!metadata) throw new Error('quote builder without metadata');
        const form = readTermsForm(view.state.values as unknown as ViewStateValues);
        const saved = await saveTerms({
          ...deps,
          actor,
          team,
          quoteId: metadata.quoteId,
          seenVersion: metadata.version,
          form,
        });
        if (!saved.ok) {
          await modal.restore(fieldErrorNotice(view, termsFieldErrors(saved.errors, t)));
          return;
        }
        await modal.done(t('common.saved'));
        await dmQuoteMessage({ deps, client, request, quoteId: saved.state.quote.id, userId: actor.userId });
      },
    }),
  );
}
