import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { cancelRequest } from '../../../features/approvals/requests.usecases.js';
import { dm, updateStepMessage } from '../../approvals/approval-messenger.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { describeError } from '../../user-error.js';
import { parseStepButtonValue } from '../../views/approvals/approval-message.js';
import { leadTitle } from '../../views/leads/lead-format.js';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The requester (or an admin) cancels a pending request; its open step's message says so, buttons gone. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(ACTIONS.approvalCancel, async (args: Args) => {
    await args.ack();
    const { actor, team, t, log } = requestContext(args.context);
    const target = parseStepButtonValue(args.action.value);
    if (!target) return;
    try {
      const { request, steps, lead } = await cancelRequest({ ...deps, actor, requestId: target.requestId });
      if (!lead) return;
      const m = { deps, client: args.client, team, log };
      const cancelled = { byUserId: actor.userId, at: deps.clock.now() };
      for (const step of steps.filter((s) => s.status === 'skipped' && s.messageTs))
        await updateStepMessage(m, { request, step, lead, cancelled });
      await dm(m, request.requesterUserId, (tr) =>
        tr('approvals.notify.cancelled', { id: request.id, lead: leadTitle(lead) }),
      );
    } catch (error) {
      await args.respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: describeError(error, t, log),
      });
    }
  });
}
