import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { handOver } from '../../../features/leads/handover.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeHandoverValue } from '../../leads/handover-command-parser.js';
import { notifyHandover } from '../../leads/handover-notify.js';
import { userMention } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Hand over" under a handover preview: moves every open lead and pending request of `from` to `to` now, with
 * the reps told and each lead's thread noted (enqueued in the same transaction). The button names only who and
 * to whom; the caller's authority is decided again here, against the reporting lines as they are now.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.handoverConfirm,
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const { actor, t } = request;
      const parties = decodeHandoverValue(action.value);
      if (!parties) {
        await respond({ response_type: 'ephemeral', replace_original: true, text: t('handover.usage') });
        return;
      }
      const afterHandover = await notifyHandover(deps, request, parties.fromUserId, parties.toUserId);
      const result = await handOver({ ...deps, actor, ...parties, afterHandover });
      for (const ownerUserId of [result.fromUserId, result.toUserId])
        await markHomesDirty({ ...deps, teamId: actor.teamId, change: { kind: 'lead', ownerUserId } });
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        text: t('handover.result', {
          leads: result.leads.length,
          requests: result.movedRequests,
          from: userMention(result.fromUserId),
          to: userMention(result.toUserId),
        }),
      });
    }),
  );
}
