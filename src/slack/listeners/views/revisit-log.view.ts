import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { validateLogRevisitForm } from '../../../features/revisits/revisit-input.js';
import { logRevisit } from '../../../features/revisits/revisits.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { decodeRevisitForm } from '../../revisits/revisit-values.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { fieldErrorsByBlock } from '../../views/modal-inputs.js';
import { buildRevisitLogged, buildStartDealMessage } from '../../views/revisits/revisit-messages.js';
import { readLogRevisitForm } from '../../views/revisits/revisit-modal.js';

const FIELD_BLOCKS = { outcome: BLOCKS.revisitOutcome, note: BLOCKS.revisitNote } as const;

/**
 * The Log revisit form. Saved only if nobody logged the revisit since the form opened (else: who did, and what
 * they found). A new need with "start a deal" ticked gets the New deal button in the rep's DM: the repeat-order
 * form, filled with the customer.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.revisitLog,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const result = validateLogRevisitForm(
          readLogRevisitForm(view.state.values as unknown as ViewStateValues),
        );
        return result.ok ? undefined : fieldErrorsByBlock(result.errors, FIELD_BLOCKS, t);
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const form = decodeRevisitForm(view.private_metadata) ?? { revisitId: Number.NaN, version: 0 };
        const result = validateLogRevisitForm(
          readLogRevisitForm(view.state.values as unknown as ViewStateValues),
        );
        if (!result.ok) throw new Error('revisit form not validated');
        const { revisit, startDeal } = await logRevisit({
          ...deps,
          actor,
          revisitId: form.revisitId,
          expectedVersion: form.version,
          input: result.input,
        });
        await modal.done(buildRevisitLogged(revisit, t));
        if (startDeal)
          await client.chat.postMessage({ channel: actor.userId, ...buildStartDealMessage(revisit, t) });
      },
    }),
  );
}
