import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { scheduleFollowUp } from '../../../features/followups/followups.usecases.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { describeError } from '../../user-error.js';

/** The rep picked one of several leads matching `/followup <text> <when>`: set that lead's follow-up. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.followUpPickLead}_\\d+$`),
    async ({
      ack,
      action,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, t, log } = requestContext(context);
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: true, text });
      try {
        const { l, d, h, n } = JSON.parse(action.value ?? '{}') as {
          l?: number;
          d?: string;
          h?: string | null;
          n?: string | null;
        };
        if (typeof l !== 'number' || typeof d !== 'string') return;
        const result = await scheduleFollowUp({ ...deps, actor, leadId: l, date: d, time: h, note: n });
        if (!result.ok) {
          const [key] = Object.values(result.errors);
          await reply(t(key ?? 'common.tryAgain'));
          return;
        }
        const date = [result.lead.nextFollowUpOn, result.lead.nextFollowUpTime].filter(Boolean).join(' ');
        await reply(t('followups.set', { company: escapeMrkdwn(result.lead.companyName), date }));
      } catch (error) {
        await reply(describeError(error, t, log));
      }
    },
  );
}
