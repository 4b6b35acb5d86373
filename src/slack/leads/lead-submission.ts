import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import type { LeadChange } from '../../features/leads/lead-progress.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor } from '../../features/team/team.types.js';
import { requestContext } from '../context.js';
import { describeError } from '../user-error.js';
import type { ViewStateValues } from '../views/blocks.js';
import { fieldErrorsByBlock } from '../views/modal-inputs.js';
import { afterLeadChange } from './after-lead-change.js';
import { decodeLeadFormMetadata } from './lead-form-metadata.js';

export type SubmissionResult<K extends string> =
  | { ok: true; lead: Lead; change: LeadChange | { kind: 'edited' } }
  | { ok: false; errors: Partial<Record<K, string>> };

/**
 * Saving one of the lead card's modals. The change is written before the ack, so invalid input and refusals
 * (not found, closed, changed meanwhile) keep the modal open with the message next to a field, in the user's
 * language; the card refresh and the thread note happen after the ack.
 */
export function registerLeadSubmission<K extends string>(
  app: App,
  deps: AppDeps,
  input: {
    callbackId: string;
    /** Form field → block id, to place field errors. */
    blocks: Record<K, string>;
    /** The block that shows an error that belongs to no field. */
    errorBlock: string;
    run: (args: { actor: Actor; leadId: number; values: ViewStateValues }) => Promise<SubmissionResult<K>>;
  },
): void {
  app.view<ViewSubmitAction>(
    input.callbackId,
    async ({ ack, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const { actor, team, t, log } = requestContext(context);
      const origin = decodeLeadFormMetadata(view.private_metadata);
      let result: SubmissionResult<K>;
      try {
        result = await input.run({
          actor,
          leadId: origin.leadId ?? Number.NaN,
          values: view.state.values as ViewStateValues,
        });
      } catch (error) {
        await ack({
          response_action: 'errors',
          errors: { [input.errorBlock]: describeError(error, t, log) },
        });
        return;
      }
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: fieldErrorsByBlock(result.errors, input.blocks, t) });
        return;
      }
      await ack();
      log.info({ leadId: result.lead.id, change: result.change.kind }, 'lead changed');
      await afterLeadChange({
        deps,
        client,
        actor,
        team,
        t,
        lead: result.lead,
        change: result.change,
        origin,
      });
    },
  );
}
