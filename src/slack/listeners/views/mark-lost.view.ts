import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markLost } from '../../../features/leads/lead-progress.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { registerLeadSubmission } from '../../leads/lead-submission.js';
import { LOST_FORM_BLOCKS, readLostForm } from '../../views/leads/close-lead-modals.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.markLost,
    blocks: LOST_FORM_BLOCKS,
    errorBlock: BLOCKS.lostReason,
    run: ({ actor, leadId, values }) => markLost({ ...deps, actor, leadId, form: readLostForm(values) }),
  });
}
