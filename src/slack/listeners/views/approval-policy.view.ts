import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { validatePolicyForm } from '../../../features/approvals/approval-input.js';
import { updatePolicy } from '../../../features/approvals/settings.usecases.js';
import { VIEWS } from '../../ids.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { policyFieldErrors, readPolicyForm } from '../../views/approvals/approval-policy-modal.js';
import type { ViewStateValues } from '../../views/blocks.js';

/** Saving the approval policy: its numbers checked before the ack; admins only (checked again after it). */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.approvalPolicy,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const result = validatePolicyForm(readPolicyForm(view.state.values as unknown as ViewStateValues));
        return result.ok ? undefined : policyFieldErrors(result.errors, t);
      },
      work: async ({ view, request, modal }) => {
        const { actor, t } = request;
        const result = await updatePolicy({
          ...deps,
          actor,
          form: readPolicyForm(view.state.values as unknown as ViewStateValues),
        });
        if (!result.ok) {
          await modal.restore(fieldErrorNotice(view, policyFieldErrors(result.errors, t)));
          return;
        }
        await modal.done(t('approvals.policy.saved'));
      },
    }),
  );
}
