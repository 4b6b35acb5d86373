import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { setFollowUp } from '../../../features/leads/lead-progress.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { registerLeadSubmission } from '../../leads/lead-submission.js';
import { FOLLOW_UP_FORM_BLOCKS, readFollowUpForm } from '../../views/followups/follow-up-modal.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.setFollowUp,
    blocks: FOLLOW_UP_FORM_BLOCKS,
    errorBlock: BLOCKS.nextFollowUpDate,
    run: ({ actor, leadId, values }) =>
      setFollowUp({ ...deps, actor, leadId, form: readFollowUpForm(values) }),
  });
}
