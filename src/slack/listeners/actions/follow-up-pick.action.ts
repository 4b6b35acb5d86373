import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { scheduleFollowUp } from '../../../features/followups/followups.usecases.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { StaleLeadError } from '../../../features/leads/leads.errors.js';
import { decodeFollowUpPick } from '../../followups/follow-up-values.js';
import { ACTIONS } from '../../ids.js';
import { staleLeadText } from '../../leads/stale-lead.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';

/** The rep picked one of several leads matching `/followup <text> <when>`: set that lead's follow-up. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.followUpPickLead}_\\d+$`),
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const { actor, t } = request;
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: true, text });
      const pick = decodeFollowUpPick(action.value);
      if (!pick) return;
      try {
        const result = await scheduleFollowUp({
          ...deps,
          actor,
          leadId: pick.leadId,
          date: pick.date,
          time: pick.time,
          note: pick.note,
          ...(pick.version === undefined ? {} : { seen: { version: pick.version } }),
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
        const date = [result.lead.nextFollowUpOn, result.lead.nextFollowUpTime].filter(Boolean).join(' ');
        await reply(t('followups.set', { company: escapeMrkdwn(result.lead.companyName), date }));
      } catch (error) {
        if (!(error instanceof StaleLeadError)) throw error;
        await reply(staleLeadText(error, t, t('followups.staleReminder')));
      }
    }),
  );
}
