import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { updatePolicy } from '../../../features/approvals/settings.usecases.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { describeError } from '../../user-error.js';
import { policyFieldErrors, readPolicyForm } from '../../views/approvals/approval-policy-modal.js';
import type { ViewStateValues } from '../../views/blocks.js';

/** Saving the approval policy: admins only (checked again here, not just when the modal opened). */
export function register(app: App, deps: AppDeps): void {
  app.view<ViewSubmitAction>(
    VIEWS.approvalPolicy,
    async ({ ack, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const { actor, t, log } = requestContext(context);
      try {
        const result = await updatePolicy({
          ...deps,
          actor,
          form: readPolicyForm(view.state.values as unknown as ViewStateValues),
        });
        if (!result.ok) {
          await ack({ response_action: 'errors', errors: policyFieldErrors(result.errors, t) });
          return;
        }
      } catch (error) {
        await ack({
          response_action: 'errors',
          errors: { [BLOCKS.policyAutoDiscount]: describeError(error, t, log) },
        });
        return;
      }
      await ack();
      await client.chat
        .postMessage({ channel: actor.userId, text: t('approvals.policy.saved') })
        .catch((error) => {
          log.warn({ err: error }, 'could not confirm the saved policy');
        });
    },
  );
}
