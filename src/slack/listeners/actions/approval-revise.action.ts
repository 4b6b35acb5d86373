import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import type { ContractForm, DiscountForm } from '../../../features/approvals/approval-input.js';
import type { ContractDetails, DiscountDetails } from '../../../features/approvals/approvals.types.js';
import { loadPolicy, startRevision } from '../../../features/approvals/requests.usecases.js';
import { requestModal } from '../../approvals/request-modal.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { describeError } from '../../user-error.js';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The last revision's answers, as the form's strings, so the requester edits rather than retypes. */
function formOf(details: DiscountDetails | ContractDetails): DiscountForm & ContractForm {
  const str = (value: number | string | null) => (value === null ? null : String(value));
  return details.kind === 'discount'
    ? {
        percent: str(details.percent),
        targetPrice: str(details.targetPrice),
        listPrice: str(details.listPrice),
        justification: details.justification,
        expiresOn: details.expiresOn,
      }
    : {
        amount: str(details.amount),
        currency: details.currency,
        upfrontPercent: str(details.upfrontPercent),
        paymentTerms: details.paymentTerms,
        deliveryDate: details.deliveryDate,
        specialTerms: details.specialTerms,
        draftLink: details.draftLink,
      };
}

/** "Revise and resubmit" after request changes: the same modal, filled with the last revision. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(ACTIONS.approvalRevise, async (args: Args) => {
    await args.ack();
    const { actor, team, t, log } = requestContext(args.context);
    try {
      const { request, lead } = await startRevision({ ...deps, actor, requestId: Number(args.action.value) });
      const view = await requestModal({
        deps,
        actor,
        team,
        t,
        lead,
        policy: await loadPolicy({ ...deps, teamId: actor.teamId }),
        metadata: { kind: request.kind, leadId: lead.id, requestId: request.id },
        values: formOf(request.details),
      });
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    } catch (error) {
      await args.respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: describeError(error, t, log),
      });
    }
  });
}
