import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { localTimeOfDay } from '../../../features/leads/lead-progress-input.js';
import { loadVisibleLead, newLeadDefaults, todayFor } from '../../../features/leads/leads.usecases.js';
import { ACTIONS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { withSuggestedFollowUp } from '../../views/followups/follow-up-reminder.js';
import { buildLogActivityModal } from '../../views/leads/log-activity-modal.js';

/**
 * "Done" in a follow-up reminder: the log-activity modal (saved by its own view listener), with the next
 * follow-up suggested. The metadata names only the lead and its version: the reminder DM lists several leads,
 * so it must not be replaced by one lead's card after saving.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.followUpDone,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        const lead = await loadVisibleLead({ ...deps, actor, leadId: Number(action.value) });
        const view = buildLogActivityModal({
          lead,
          today: todayFor(actor, deps.clock),
          now: localTimeOfDay(deps.clock.now(), actor.timezone),
          metadata: encodeLeadFormMetadata({
            leadId: lead.id,
            version: lead.version,
            seenAt: deps.clock.now().getTime(),
          }),
          t,
        });
        const suggested = newLeadDefaults({ actor, team, clock: deps.clock }).nextFollowUpOn;
        await openModal({
          client,
          triggerId: body.trigger_id,
          view: withSuggestedFollowUp(view, suggested),
          request,
        });
      },
      { urgent: true },
    ),
  );
}
