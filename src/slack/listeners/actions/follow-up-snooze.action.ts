import type { App, BlockStaticSelectAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { snoozeFollowUp } from '../../../features/followups/followups.usecases.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { StaleLeadError } from '../../../features/leads/leads.errors.js';
import { parseSnoozeValue } from '../../followups/follow-up-values.js';
import { ACTIONS } from '../../ids.js';
import { staleLeadText } from '../../leads/stale-lead.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Snooze" in a follow-up reminder: 1 day, 3 days or next week from the rep's today. The option carries the
 * lead id and the version the reminder showed; whether the clicker may change that lead is `setFollowUp`'s
 * decision. The answer is private and leaves the reminder as it was (its other leads still need their buttons).
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockStaticSelectAction>(
    ACTIONS.followUpSnooze,
    onAction<BlockStaticSelectAction>(deps, async ({ action, respond, request }) => {
      const { actor, t } = request;
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      const choice = parseSnoozeValue(action.selected_option?.value);
      if (!choice) return;
      try {
        const result = await snoozeFollowUp({
          ...deps,
          actor,
          leadId: choice.leadId,
          choice: choice.choice,
          ...(choice.version === undefined ? {} : { seen: { version: choice.version } }),
        });
        if (!result.ok) {
          const [key] = Object.values(result.errors);
          await reply(t(key ?? 'common.tryAgain'));
          return;
        }
        await markHomesDirty({
          ...deps,
          teamId: actor.teamId,
          change: { kind: 'followUp', ownerUserId: result.lead.ownerUserId },
        });
        await reply(
          t('followups.snoozed', {
            company: escapeMrkdwn(result.lead.companyName),
            date: result.lead.nextFollowUpOn ?? '',
          }),
        );
      } catch (error) {
        if (!(error instanceof StaleLeadError)) throw error;
        await reply(staleLeadText(error, t, t('followups.staleReminder')));
      }
    }),
  );
}
