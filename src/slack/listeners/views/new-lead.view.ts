import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { validateLeadInput } from '../../../features/leads/lead-input.js';
import { localNowIn } from '../../../features/leads/lead-progress-input.js';
import { createLead } from '../../../features/leads/leads.usecases.js';
import { VIEWS } from '../../ids.js';
import { announceNewLead } from '../../leads/announce-new-lead.js';
import { decodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { leadFieldErrors, readLeadForm } from '../../views/leads/lead-form-modal.js';

/**
 * Saving the new-lead modal: its fields are checked before the ack (errors inline, in the modal's language), the
 * lead is written after it. The channel card and the confirmation follow.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.newLead,
    onViewSubmission(deps, {
      validate: ({ view }, { t, timezone }) => {
        if (!timezone) return undefined;
        const today = localNowIn(timezone, deps.clock.now()).date;
        const result = validateLeadInput(readLeadForm(view.state.values), today);
        return result.ok ? undefined : leadFieldErrors(result.errors, t);
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, team, t, log } = request;
        const result = await createLead({ ...deps, actor, form: readLeadForm(view.state.values) });
        if (!result.ok) {
          await modal.restore(fieldErrorNotice(view, leadFieldErrors(result.errors, t)));
          return;
        }
        log.info({ leadId: result.lead.id }, 'lead created');
        await modal.done(
          t('leads.created', { id: result.lead.id, company: escapeMrkdwn(result.lead.companyName) }),
        );
        const origin = decodeLeadFormMetadata(view.private_metadata);
        await announceNewLead({ deps, client, actor, team, t, lead: result.lead, origin });
      },
    }),
  );
}
