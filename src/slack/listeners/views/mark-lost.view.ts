import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markLost } from '../../../features/leads/lead-progress.usecases.js';
import { validateLostForm } from '../../../features/leads/lead-progress-input.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { LOST_FORM_BLOCKS, readLostForm } from '../../views/leads/close-lead-modals.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.markLost,
    blocks: LOST_FORM_BLOCKS,
    validate: (values) => errorsOf(validateLostForm(readLostForm(values))),
    run: ({ actor, leadId, values, seen }) =>
      markLost({ ...deps, actor, leadId, form: readLostForm(values), ...(seen ? { seen } : {}) }),
  });
}
