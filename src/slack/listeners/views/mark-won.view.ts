import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markWon } from '../../../features/leads/lead-progress.usecases.js';
import { validateWonForm } from '../../../features/leads/lead-progress-input.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { readWonForm, WON_FORM_BLOCKS } from '../../views/leads/close-lead-modals.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.markWon,
    blocks: WON_FORM_BLOCKS,
    validate: (values) => errorsOf(validateWonForm(readWonForm(values))),
    run: ({ actor, leadId, values, seen }) =>
      markWon({ ...deps, actor, leadId, form: readWonForm(values), ...(seen ? { seen } : {}) }),
  });
}
