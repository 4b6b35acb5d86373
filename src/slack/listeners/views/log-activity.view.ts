import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { logActivity } from '../../../features/leads/lead-progress.usecases.js';
import { validateActivityForm } from '../../../features/leads/lead-progress-input.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { ACTIVITY_FORM_BLOCKS, readActivityForm } from '../../views/leads/log-activity-modal.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.logActivity,
    blocks: ACTIVITY_FORM_BLOCKS,
    validate: (values, now) => errorsOf(validateActivityForm(readActivityForm(values), now)),
    run: ({ actor, leadId, values, seen }) =>
      logActivity({ ...deps, actor, leadId, form: readActivityForm(values), ...(seen ? { seen } : {}) }),
  });
}
