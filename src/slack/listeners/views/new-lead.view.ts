import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { createRepeatOrder } from '../../../features/customers/repeat-order.usecases.js';
import { createLeadUnlessDuplicate } from '../../../features/leads/lead-duplicates.usecases.js';
import { validateLeadInput } from '../../../features/leads/lead-input.js';
import { localNowIn } from '../../../features/leads/lead-progress-input.js';
import { VIEWS } from '../../ids.js';
import { announceNewLead } from '../../leads/announce-new-lead.js';
import { decodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { fieldErrorNotice, formWithValues } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';
import {
  createAnywayTicked,
  duplicateWarningBlocks,
  withDuplicateWarning,
} from '../../views/leads/duplicate-warning.js';
import { leadFieldErrors, readLeadForm } from '../../views/leads/lead-form-modal.js';

/**
 * Saving the new-lead modal (from `/lead`, App Home or the message shortcut): its fields are checked before the
 * ack (errors inline, in the modal's language), the lead is written after it — unless it looks like a lead the
 * team has: then the form comes back with the matches, to open one or to confirm it is another customer. A repeat
 * order started from a customer's card is filed under that customer, with no duplicate warning. The channel card
 * and the confirmation follow.
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
        const values = view.state.values as ViewStateValues;
        const origin = decodeLeadFormMetadata(view.private_metadata);
        const form = readLeadForm(values);
        const result = origin.customerId
          ? await createRepeatOrder({ ...deps, actor, customerId: origin.customerId, form })
          : await createLeadUnlessDuplicate({
              ...deps,
              actor,
              form,
              confirmedNotDuplicate: createAnywayTicked(values),
            });
        if (!result.ok && 'duplicates' in result) {
          const form = formWithValues(view, t('imports.duplicates.title'));
          await modal.update(withDuplicateWarning(form, duplicateWarningBlocks(result.duplicates, t)));
          return;
        }
        if (!result.ok) {
          await modal.restore(fieldErrorNotice(view, leadFieldErrors(result.errors, t)));
          return;
        }
        log.info({ leadId: result.lead.id }, 'lead created');
        await modal.done(
          t('leads.created', { id: result.lead.id, company: escapeMrkdwn(result.lead.companyName) }),
        );
        await announceNewLead({ deps, client, actor, team, t, lead: result.lead, origin });
      },
    }),
  );
}
