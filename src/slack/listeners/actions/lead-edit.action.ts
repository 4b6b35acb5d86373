import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildLeadFormModal, leadFormValues } from '../../views/leads/lead-form-modal.js';

/** "Edit" on a lead card: the new-lead form, filled with the lead's current fields. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadEdit, ({ lead, metadata, request }) =>
    buildLeadFormModal({ mode: 'edit', values: leadFormValues(lead), metadata, t: request.t }),
  );
}
