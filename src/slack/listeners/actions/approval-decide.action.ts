import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { authorizeDecision, decide } from '../../../features/approvals/decisions.usecases.js';
import { afterDecision } from '../../approvals/after-decision.js';
import { encodeDecisionMetadata } from '../../approvals/decision-metadata.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildCounterOfferModal, buildReasonModal } from '../../views/approvals/approval-decision-modals.js';
import { parseStepButtonValue } from '../../views/approvals/approval-message.js';

/**
 * Approve decides at once. Reject, Request changes and Approve at… first check that the clicker may decide
 * (so a bystander is refused privately rather than shown a form), then ask for the reason or the counter-offer.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.approvalApprove,
    onAction<BlockButtonAction>(deps, async ({ action, client, request }) => {
      const { actor, team, log } = request;
      const target = parseStepButtonValue(action.value);
      if (!target) return;
      const result = await decide({ ...deps, actor, target, decision: 'approve' });
      log.info(
        { requestId: target.requestId, step: target.step, via: result.decided.via },
        'approval decided',
      );
      await afterDecision({ deps, client, team, log }, result);
    }),
  );

  const askFirst = (actionId: string, decision: 'reject' | 'changes' | 'counter') =>
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(
        deps,
        async ({ action, body, client, request: caller }) => {
          const { actor, t } = caller;
          const target = parseStepButtonValue(action.value);
          if (!target) return;
          const { request } = await authorizeDecision({ ...deps, actor, target });
          const askedPercent = request.details.kind === 'discount' ? request.details.percent : undefined;
          const metadata = encodeDecisionMetadata({
            ...target,
            decision,
            ...(askedPercent === undefined ? {} : { askedPercent }),
          });
          const view =
            decision === 'counter' && request.details.kind === 'discount'
              ? buildCounterOfferModal({ askedPercent: request.details.percent, metadata, t })
              : buildReasonModal({ decision: decision === 'reject' ? 'reject' : 'changes', metadata, t });
          await openModal({ client, triggerId: body.trigger_id, view, request: caller });
        },
        { urgent: true },
      ),
    );
  askFirst(ACTIONS.approvalReject, 'reject');
  askFirst(ACTIONS.approvalRequestChanges, 'changes');
  askFirst(ACTIONS.approvalApproveAt, 'counter');
}
