import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { logActivity } from '../../../features/leads/lead-progress.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { registerLeadSubmission } from '../../leads/lead-submission.js';
import { ACTIVITY_FORM_BLOCKS, readActivityForm } from '../../views/leads/log-activity-modal.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.logActivity,
    blocks: ACTIVITY_FORM_BLOCKS,
    errorBlock: BLOCKS.activityNote,
    run: ({ actor, leadId, values }) =>
      logActivity({ ...deps, actor, leadId, form: readActivityForm(values) }),
  });
}
