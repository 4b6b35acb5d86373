import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { setFollowUp } from '../../../features/leads/lead-progress.usecases.js';
import { validateFollowUpForm } from '../../../features/leads/lead-progress-input.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { FOLLOW_UP_FORM_BLOCKS, readFollowUpForm } from '../../views/followups/follow-up-modal.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.setFollowUp,
    blocks: FOLLOW_UP_FORM_BLOCKS,
    validate: (values, now) => errorsOf(validateFollowUpForm(readFollowUpForm(values), now)),
    run: ({ actor, leadId, values, seen }) =>
      setFollowUp({ ...deps, actor, leadId, form: readFollowUpForm(values), ...(seen ? { seen } : {}) }),
  });
}
