import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { snoozeFollowUp } from '../../../features/followups/followups.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { describeError } from '../../user-error.js';
import { parseSnoozeValue } from '../../views/followups/follow-up-reminder.js';

/**
 * "Snooze" in a follow-up reminder: 1 day, 3 days or next week from the rep's today. The option carries the
 * lead id; whether the clicker may change that lead is `setFollowUp`'s decision. The answer is private and
 * leaves the reminder as it was (its other leads still need their buttons).
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockStaticSelectAction>(
    ACTIONS.followUpSnooze,
    async ({
      ack,
      action,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, t, log } = requestContext(context);
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      try {
        const choice = parseSnoozeValue(action.selected_option?.value);
        if (!choice) return;
        const result = await snoozeFollowUp({ ...deps, actor, leadId: choice.leadId, choice: choice.choice });
        if (!result.ok) {
          const [key] = Object.values(result.errors);
          await reply(t(key ?? 'common.tryAgain'));
          return;
        }
        await reply(
          t('followups.snoozed', {
            company: escapeMrkdwn(result.lead.companyName),
            date: result.lead.nextFollowUpOn ?? '',
          }),
        );
      } catch (error) {
        await reply(describeError(error, t, log));
      }
    },
  );
}
