import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { validateLeadInput } from '../../../features/leads/lead-input.js';
import { editLead } from '../../../features/leads/leads.usecases.js';
import { VIEWS } from '../../ids.js';
import { errorsOf, registerLeadSubmission } from '../../leads/lead-submission.js';
import { initialState, overlayUserChanges } from '../../requests/submitted-form.js';
import {
  buildLeadFormModal,
  LEAD_FIELD_BLOCKS,
  leadFormValues,
  readLeadForm,
} from '../../views/leads/lead-form-modal.js';

/**
 * Saving the Edit modal: only the fields the rep changed are written, on the version the form was opened on. A
 * form opened before someone else's change comes back rebuilt on the lead as it is now, with the rep's own
 * changes kept on top, and what changed meanwhile.
 */
export function register(app: App, deps: AppDeps): void {
  registerLeadSubmission(app, deps, {
    callbackId: VIEWS.editLead,
    blocks: LEAD_FIELD_BLOCKS,
    validate: (values, now, view) => {
      // An overdue follow-up may be kept as it is: editing the phone number must not force a new date.
      const opened = readLeadForm(initialState(view)).nextFollowUpOn;
      const earliest = opened && opened < now.date ? opened : now.date;
      return errorsOf(validateLeadInput(readLeadForm(values), earliest));
    },
    run: async ({ actor, leadId, values, seen }) => {
      const result = await editLead({
        ...deps,
        actor,
        leadId,
        form: readLeadForm(values),
        ...(seen ? { seen } : {}),
      });
      return result.ok ? { ok: true, lead: result.lead, change: { kind: 'edited' } } : result;
    },
    refresh: ({ view, current, metadata, request }) =>
      overlayUserChanges(
        buildLeadFormModal({ mode: 'edit', values: leadFormValues(current), metadata, t: request.t }),
        view,
      ),
  });
}
