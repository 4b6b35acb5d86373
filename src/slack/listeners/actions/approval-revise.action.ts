import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import type { ContractForm, DiscountForm } from '../../../features/approvals/approval-input.js';
import type { ContractDetails, DiscountDetails } from '../../../features/approvals/approvals.types.js';
import { startRevision } from '../../../features/approvals/request-revisions.usecases.js';
import { loadPolicy } from '../../../features/approvals/requests.usecases.js';
import { requestModal } from '../../approvals/request-modal.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';

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
  app.action<BlockButtonAction>(
    ACTIONS.approvalRevise,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request: caller }) => {
        const { actor, team, t } = caller;
        const { request, lead } = await startRevision({ ...deps, actor, requestId: Number(action.value) });
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
        await openModal({ client, triggerId: body.trigger_id, view, request: caller });
      },
      { urgent: true },
    ),
  );
}
