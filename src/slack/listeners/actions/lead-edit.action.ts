import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import type { LeadInput } from '../../../features/leads/leads.types.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildLeadFormModal, LEAD_FIELD_BLOCKS } from '../../views/leads/lead-form-modal.js';

/** "Edit" on a lead card: the new-lead form, filled with the lead's current fields. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadEdit, ({ lead, metadata, context }) => {
    const fields = Object.keys(LEAD_FIELD_BLOCKS) as (keyof LeadInput)[];
    const values = Object.fromEntries(fields.map((field) => [field, lead[field]])) as Partial<LeadInput>;
    return buildLeadFormModal({ mode: 'edit', values, metadata, t: context.t });
  });
}
