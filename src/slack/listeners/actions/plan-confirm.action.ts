import type { App, BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../../deps.js';
import { confirmPlan } from '../../../features/targets/daily-plan.usecases.js';
import { PlanChangedMeanwhileError } from '../../../features/targets/targets.errors.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { parsePlanButtonValue, planSummary, withPlanBlocks } from '../../views/targets/plan-views.js';

/**
 * "Looks good" on the morning check-in: the suggested plan becomes the rep's own (theirs: the clicker's, from
 * the signed payload), if it is still the version the message showed. The DM then shows the confirmed plan.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.planConfirm,
    onAction<BlockButtonAction>(deps, async ({ action, body, respond, request }) => {
      const { actor, t } = request;
      const shown = parsePlanButtonValue(action.value);
      if (!shown) throw new PlanChangedMeanwhileError('');
      const plan = await confirmPlan({ deps, actor, date: shown.date, expectedVersion: shown.version });
      const blocks = (body.message?.blocks ?? []) as KnownBlock[];
      if (blocks.length > 0) {
        await respond({
          replace_original: true,
          text: String(body.message?.text ?? t('targets.plan.text', { date: plan.date })),
          blocks: withPlanBlocks(blocks, plan, t),
        });
      }
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: t('targets.plan.saved', { date: plan.date, summary: planSummary(plan.counts, t) }),
      });
    }),
  );
}
