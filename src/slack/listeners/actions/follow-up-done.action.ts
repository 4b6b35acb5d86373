import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { loadVisibleLead, newLeadDefaults, todayFor } from '../../../features/leads/leads.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { describeError } from '../../user-error.js';
import { withSuggestedFollowUp } from '../../views/followups/follow-up-reminder.js';
import { buildLogActivityModal } from '../../views/leads/log-activity-modal.js';

/**
 * "Done" in a follow-up reminder: the log-activity modal (saved by its own view listener), with the next
 * follow-up suggested. The metadata names only the lead: the reminder DM lists several leads, so it must not
 * be replaced by one lead's card after saving.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.followUpDone,
    async ({
      ack,
      action,
      body,
      client,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, team, t, log } = requestContext(context);
      try {
        const lead = await loadVisibleLead({ ...deps, actor, leadId: Number(action.value) });
        const now = new Intl.DateTimeFormat('en-GB', {
          timeZone: actor.timezone,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(deps.clock.now());
        const view = buildLogActivityModal({
          lead,
          today: todayFor(actor, deps.clock),
          now,
          metadata: encodeLeadFormMetadata({ leadId: lead.id }),
          t,
        });
        const suggested = newLeadDefaults({ actor, team, clock: deps.clock }).nextFollowUpOn;
        await client.views.open({
          trigger_id: body.trigger_id,
          view: withSuggestedFollowUp(view, suggested),
        });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: describeError(error, t, log),
        });
      }
    },
  );
}
