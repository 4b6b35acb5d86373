import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markWon } from '../../../features/leads/lead-progress.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { registerLeadSubmission } from '../../leads/lead-submission.js';
import { readWonForm, WON_FORM_BLOCKS } from '../../views/leads/close-lead-modals.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.markWon,
    blocks: WON_FORM_BLOCKS,
    errorBlock: BLOCKS.wonAmount,
    run: ({ actor, leadId, values }) => markWon({ ...deps, actor, leadId, form: readWonForm(values) }),
  });
}
