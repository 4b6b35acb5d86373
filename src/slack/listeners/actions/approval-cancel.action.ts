import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { cancelRequest } from '../../../features/approvals/requests.usecases.js';
import { dm, updateStepMessage } from '../../approvals/approval-messenger.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { parseStepButtonValue } from '../../views/approvals/approval-message.js';
import { leadTitle } from '../../views/leads/lead-format.js';

/** The requester (or an admin) cancels a pending request; its open step's message says so, buttons gone. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.approvalCancel,
    onAction<BlockButtonAction>(deps, async ({ action, client, request: caller }) => {
      const { actor, team, log } = caller;
      const target = parseStepButtonValue(action.value);
      if (!target) return;
      const { request, steps, lead } = await cancelRequest({ ...deps, actor, requestId: target.requestId });
      if (!lead) return;
      const m = { deps, client, team, log };
      const cancelled = { byUserId: actor.userId, at: deps.clock.now() };
      for (const step of steps.filter((s) => s.status === 'skipped' && s.messageTs))
        await updateStepMessage(m, { request, step, lead, cancelled });
      await dm(m, request.requesterUserId, (tr) =>
        tr('approvals.notify.cancelled', { id: request.id, lead: leadTitle(lead) }),
      );
    }),
  );
}
