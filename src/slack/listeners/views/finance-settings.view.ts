import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  updateCommissionPlan,
  updateFinancePolicy,
} from '../../../features/ledger/finance-settings.usecases.js';
import { validatePlanForm, validatePolicyForm } from '../../../features/ledger/ledger-input.js';
import { VIEWS } from '../../ids.js';
import { decodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';
import {
  PLAN_FORM_BLOCKS,
  POLICY_FORM_BLOCKS,
  readPlanForm,
  readPolicyForm,
} from '../../views/ledger/finance-settings-modals.js';
import { fieldErrorsByBlock } from '../../views/modal-inputs.js';

/**
 * Saving the finance policy and the commission plan: values checked before the ack; admins only and conditional
 * on the version the form was built from (checked after it), so two admins cannot overwrite each other unseen.
 */
export function register(app: App, deps: AppDeps): void {
  const values = (view: { state: { values: unknown } }) => view.state.values as ViewStateValues;
  app.view(
    VIEWS.financePolicy,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const form = readPolicyForm(values(view));
        const result = validatePolicyForm(form, form.currency ?? 'CNY');
        return result.ok ? undefined : fieldErrorsByBlock(result.errors, POLICY_FORM_BLOCKS, t);
      },
      work: async ({ view, request, modal }) => {
        const { actor, team, t } = request;
        const expectedVersion = decodeLedgerMetadata(view.private_metadata).version ?? 0;
        const form = readPolicyForm(values(view));
        const result = await updateFinancePolicy({ ...deps, actor, team, form, expectedVersion });
        if (!result.ok) {
          await modal.restore(
            fieldErrorNotice(view, fieldErrorsByBlock(result.errors, POLICY_FORM_BLOCKS, t)),
          );
          return;
        }
        await modal.done(t('ledger.done.policy'));
      },
    }),
  );

  app.view(
    VIEWS.commissionPlan,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const form = readPlanForm(values(view));
        const result = validatePlanForm(form, form.currency ?? 'CNY');
        return result.ok ? undefined : fieldErrorsByBlock(result.errors, PLAN_FORM_BLOCKS, t);
      },
      work: async ({ view, request, modal }) => {
        const { actor, team, t } = request;
        const expectedVersion = decodeLedgerMetadata(view.private_metadata).version ?? 0;
        const form = readPlanForm(values(view));
        const result = await updateCommissionPlan({ ...deps, actor, team, form, expectedVersion });
        if (!result.ok) {
          await modal.restore(fieldErrorNotice(view, fieldErrorsByBlock(result.errors, PLAN_FORM_BLOCKS, t)));
          return;
        }
        await modal.done(t('ledger.done.plan'));
      },
    }),
  );
}
