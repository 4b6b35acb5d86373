import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { editLead } from '../../../features/leads/leads.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { registerLeadSubmission } from '../../leads/lead-submission.js';
import { LEAD_FIELD_BLOCKS, readLeadForm } from '../../views/leads/lead-form-modal.js';

export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.editLead,
    blocks: LEAD_FIELD_BLOCKS,
    errorBlock: BLOCKS.company,
    run: async ({ actor, leadId, values }) => {
      const result = await editLead({ ...deps, actor, leadId, form: readLeadForm(values) });
      return result.ok ? { ...result, change: { kind: 'edited' } } : result;
    },
  });
}
