import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { createLead } from '../../../features/leads/leads.usecases.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { announceNewLead } from '../../leads/announce-new-lead.js';
import { decodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { describeError } from '../../user-error.js';
import { leadFieldErrors, readLeadForm } from '../../views/leads/lead-form-modal.js';

/**
 * Saving the new-lead modal. The lead is written before the ack, so a failure keeps the modal open with the
 * rep's input and a message; the channel card and the confirmation are sent after the ack.
 */
export function register(app: App, deps: AppDeps): void {
  app.view<ViewSubmitAction>(
    VIEWS.newLead,
    async ({ ack, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const { actor, team, t, log } = requestContext(context);
      let result: Awaited<ReturnType<typeof createLead>>;
      try {
        result = await createLead({ ...deps, actor, form: readLeadForm(view.state.values) });
      } catch (error) {
        await ack({ response_action: 'errors', errors: { [BLOCKS.company]: describeError(error, t, log) } });
        return;
      }
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: leadFieldErrors(result.errors, t) });
        return;
      }
      await ack();
      log.info({ leadId: result.lead.id }, 'lead created');
      await announceNewLead({
        deps,
        client,
        actor,
        team,
        t,
        lead: result.lead,
        origin: decodeLeadFormMetadata(view.private_metadata),
      });
    },
  );
}
