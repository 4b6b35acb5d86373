import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  type RequestForm,
  reviseRequest,
  type SubmitOutcome,
  submitRequest,
} from '../../../features/approvals/requests.usecases.js';
import { announceRequest } from '../../approvals/announce-request.js';
import { decodeRequestMetadata } from '../../approvals/request-modal.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { describeError } from '../../user-error.js';
import {
  approvalFieldErrors,
  readContractForm,
  readDiscountForm,
} from '../../views/approvals/approval-request-modal.js';
import type { ViewStateValues } from '../../views/blocks.js';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Submitting a discount or contract request (or its revision). The request is stored before the ack, so field
 * errors keep the modal open in the user's language; the thread message and DMs follow after the ack.
 */
export function register(app: App, deps: AppDeps): void {
  const submit = async ({ ack, view, client, context }: Args) => {
    const { actor, team, t, log } = requestContext(context);
    const metadata = decodeRequestMetadata(view.private_metadata);
    const firstBlock =
      view.callback_id === VIEWS.discountRequest ? BLOCKS.discountPercent : BLOCKS.contractAmount;
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [firstBlock]: t('common.tryAgain') } });
      return;
    }
    const values = view.state.values as unknown as ViewStateValues;
    const request: RequestForm =
      metadata.kind === 'discount'
        ? { kind: 'discount', form: readDiscountForm(values) }
        : { kind: 'contract', form: readContractForm(values) };
    let outcome: SubmitOutcome;
    try {
      outcome =
        metadata.requestId !== undefined
          ? await reviseRequest({ ...deps, actor, team, requestId: metadata.requestId, request })
          : await submitRequest({ ...deps, actor, team, leadId: metadata.leadId, request });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [firstBlock]: describeError(error, t, log) } });
      return;
    }
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: approvalFieldErrors(metadata.kind, outcome.errors, t) });
      return;
    }
    await ack();
    log.info({ leadId: metadata.leadId, outcome: outcome.outcome }, 'approval requested');
    await announceRequest({ deps, client, team, log }, { actor, t, kind: metadata.kind, outcome });
  };
  app.view<ViewSubmitAction>(VIEWS.discountRequest, submit);
  app.view<ViewSubmitAction>(VIEWS.contractRequest, submit);
}
