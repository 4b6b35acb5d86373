import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { parsePercent } from '../../../features/approvals/approval-input.js';
import { type DecisionResult, decide } from '../../../features/approvals/decisions.usecases.js';
import { afterDecision } from '../../approvals/after-decision.js';
import { decodeDecisionMetadata } from '../../approvals/decision-metadata.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { describeError } from '../../user-error.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The reason modal (reject / request changes) and the counter-offer modal. The decision is made before the
 * ack so a refusal or a late decision shows in the modal; the message update and DMs follow the ack.
 */
export function register(app: App, deps: AppDeps): void {
  const submit = async ({ ack, view, client, context }: Args) => {
    const { actor, team, t, log } = requestContext(context);
    const metadata = decodeDecisionMetadata(view.private_metadata);
    const values = view.state.values as unknown as ViewStateValues;
    const errorBlock = metadata?.decision === 'counter' ? BLOCKS.counterOfferPercent : BLOCKS.approvalReason;
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [errorBlock]: t('common.tryAgain') } });
      return;
    }
    const comment = readInput(values, BLOCKS.approvalReason)?.trim() ?? '';
    if (metadata.decision !== 'counter' && comment === '') {
      await ack({
        response_action: 'errors',
        errors: { [BLOCKS.approvalReason]: t('approvals.error.required') },
      });
      return;
    }
    const counter =
      metadata.decision === 'counter' ? parsePercent(readInput(values, BLOCKS.counterOfferPercent)) : null;
    if (metadata.decision === 'counter' && typeof counter !== 'number') {
      await ack({
        response_action: 'errors',
        errors: { [BLOCKS.counterOfferPercent]: t('approvals.error.percent') },
      });
      return;
    }
    let result: DecisionResult;
    try {
      result = await decide({
        ...deps,
        actor,
        target: metadata,
        decision: metadata.decision === 'counter' ? 'approve' : metadata.decision,
        comment,
        counterPercent: typeof counter === 'number' ? counter : null,
      });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [errorBlock]: describeError(error, t, log) } });
      return;
    }
    await ack();
    await afterDecision({ deps, client, team, log }, result);
  };
  app.view<ViewSubmitAction>(VIEWS.approvalReason, submit);
  app.view<ViewSubmitAction>(VIEWS.approvalCounterOffer, submit);
}
