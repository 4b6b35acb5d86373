import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { savePlan, validatePlanForm } from '../../../features/targets/daily-plan.usecases.js';
import { PlanChangedMeanwhileError } from '../../../features/targets/targets.errors.js';
import { VIEWS } from '../../ids.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import {
  decodePlanMetadata,
  planFormErrors,
  planSummary,
  readPlanForm,
} from '../../views/targets/plan-views.js';

/**
 * The plan modal: the counts are checked before the ack; the plan is saved for the submitter, conditional on the
 * version the modal showed, so a stale form comes back with a notice instead of overwriting a newer plan.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.dailyPlan,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => planFormErrors(view.state.values, t),
      async work({ view, request, modal }) {
        const { actor, t } = request;
        const metadata = decodePlanMetadata(view.private_metadata);
        if (!metadata) throw new PlanChangedMeanwhileError('');
        const plan = await savePlan({
          deps,
          actor,
          date: metadata.date,
          counts: validatePlanForm(readPlanForm(view.state.values)),
          expectedVersion: metadata.version,
        });
        await modal.done(t('targets.plan.saved', { date: plan.date, summary: planSummary(plan.counts, t) }));
      },
    }),
  );
}
