import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { planForEditing } from '../../../features/targets/daily-plan.usecases.js';
import { PlanChangedMeanwhileError } from '../../../features/targets/targets.errors.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildPlanModal, parsePlanButtonValue } from '../../views/targets/plan-views.js';

/** "Adjust" on the morning check-in: the plan modal with the day's plan as it stands now, for the clicker. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.planEdit,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        const shown = parsePlanButtonValue(action.value);
        if (!shown) throw new PlanChangedMeanwhileError('');
        const plan = await planForEditing({ deps, actor, team, date: shown.date });
        await openModal({
          client,
          triggerId: body.trigger_id,
          view: buildPlanModal({ ...plan, t }),
          request,
        });
      },
      { urgent: true },
    ),
  );
}
