import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markWon } from '../../../features/leads/lead-progress.usecases.js';
import { validateWonForm } from '../../../features/leads/lead-progress-input.js';
import { winContext } from '../../../features/ledger/finance-settings.usecases.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { readWonForm, WON_FORM_BLOCKS } from '../../views/leads/close-lead-modals.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.markWon,
    blocks: WON_FORM_BLOCKS,
    // The lead's currency is not loaded before the ack: an amount naming one is checked by markWon after it.
    validate: (values) => errorsOf(validateWonForm(readWonForm(values), null)),
    run: async ({ actor, leadId, values, seen }) => {
      // The team may require an approved contract before a win (checked again here: the form may be old).
      await winContext({ ...deps, actor, leadId });
      return markWon({ ...deps, actor, leadId, form: readWonForm(values), ...(seen ? { seen } : {}) });
    },
  });
}
