import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { authorizeDecision, decide } from '../../../features/approvals/decisions.usecases.js';
import { afterDecision } from '../../approvals/after-decision.js';
import { encodeDecisionMetadata } from '../../approvals/decision-metadata.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { describeError } from '../../user-error.js';
import { buildCounterOfferModal, buildReasonModal } from '../../views/approvals/approval-decision-modals.js';
import { parseStepButtonValue } from '../../views/approvals/approval-message.js';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * Approve decides at once. Reject, Request changes and Approve at… first check that the clicker may decide
 * (so a bystander is refused privately rather than shown a form), then ask for the reason or the counter-offer.
 */
export function register(app: App, deps: AppDeps): void {
  const refuse = (args: Args, text: string) =>
    args.respond({ response_type: 'ephemeral', replace_original: false, text });

  app.action<BlockButtonAction>(ACTIONS.approvalApprove, async (args: Args) => {
    await args.ack();
    const { actor, team, t, log } = requestContext(args.context);
    const target = parseStepButtonValue(args.action.value);
    if (!target) return;
    try {
      const result = await decide({ ...deps, actor, target, decision: 'approve' });
      log.info(
        { requestId: target.requestId, step: target.step, via: result.decided.via },
        'approval decided',
      );
      await afterDecision({ deps, client: args.client, team, log }, result);
    } catch (error) {
      await refuse(args, describeError(error, t, log));
    }
  });

  const askFirst = (actionId: string, decision: 'reject' | 'changes' | 'counter') =>
    app.action<BlockButtonAction>(actionId, async (args: Args) => {
      await args.ack();
      const { actor, t, log } = requestContext(args.context);
      const target = parseStepButtonValue(args.action.value);
      if (!target) return;
      try {
        const { request } = await authorizeDecision({ ...deps, actor, target });
        const metadata = encodeDecisionMetadata({ ...target, decision });
        const view =
          decision === 'counter' && request.details.kind === 'discount'
            ? buildCounterOfferModal({ askedPercent: request.details.percent, metadata, t })
            : buildReasonModal({ decision: decision === 'reject' ? 'reject' : 'changes', metadata, t });
        await args.client.views.open({ trigger_id: args.body.trigger_id, view });
      } catch (error) {
        await refuse(args, describeError(error, t, log));
      }
    });
  askFirst(ACTIONS.approvalReject, 'reject');
  askFirst(ACTIONS.approvalRequestChanges, 'changes');
  askFirst(ACTIONS.approvalApproveAt, 'counter');
}
