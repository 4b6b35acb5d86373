import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { reviseRequest } from '../../../features/approvals/request-revisions.usecases.js';
import {
  type RequestForm,
  submitRequest,
  validateRequestForm,
} from '../../../features/approvals/requests.usecases.js';
import { localNowIn } from '../../../features/leads/lead-progress-input.js';
import { announceRequest } from '../../approvals/announce-request.js';
import { decodeRequestMetadata, type RequestModalMetadata } from '../../approvals/request-modal.js';
import { VIEWS } from '../../ids.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission, type ViewArgs } from '../../requests/view-submission.js';
import {
  approvalFieldErrors,
  readContractForm,
  readDiscountForm,
} from '../../views/approvals/approval-request-modal.js';
import type { ViewStateValues } from '../../views/blocks.js';

function requestForm(metadata: RequestModalMetadata, view: ViewArgs['view']): RequestForm {
  const values = view.state.values as unknown as ViewStateValues;
  return metadata.kind === 'discount'
    ? { kind: 'discount', form: readDiscountForm(values) }
    : {
        kind: 'contract',
        form: readContractForm(values),
        ...(metadata.quote ? { quote: metadata.quote } : {}),
      };
}

/**
 * Submitting a discount or contract request (or its revision). The form's own checks answer inline before the
 * ack; the request is stored after it (a closed lead or a refusal comes back on top of the kept form), then the
 * thread message and DMs follow.
 */
export function register(app: App, deps: AppDeps): void {
  const submit = onViewSubmission(deps, {
    validate: ({ view }, { t, timezone }) => {
      const metadata = decodeRequestMetadata(view.private_metadata);
      if (!metadata || !timezone) return undefined;
      const today = localNowIn(timezone, deps.clock.now()).date;
      // The team's currency is not known before the ack: the contract form names its own, and an amount in
      // another currency on a form without one is refused by the use case after the ack.
      const result = validateRequestForm(requestForm(metadata, view), today, null);
      return result.ok ? undefined : approvalFieldErrors(metadata.kind, result.errors, t);
    },
    work: async ({ view, client, request, modal }) => {
      const { actor, team, t, log } = request;
      const metadata = decodeRequestMetadata(view.private_metadata);
      if (!metadata) throw new Error('request modal without metadata');
      const form = requestForm(metadata, view);
      const outcome =
        metadata.requestId !== undefined
          ? await reviseRequest({ ...deps, actor, team, requestId: metadata.requestId, request: form })
          : await submitRequest({ ...deps, actor, team, leadId: metadata.leadId, request: form });
      if (!outcome.ok) {
        await modal.restore(fieldErrorNotice(view, approvalFieldErrors(metadata.kind, outcome.errors, t)));
        return;
      }
      log.info({ leadId: metadata.leadId, outcome: outcome.outcome }, 'approval requested');
      await modal.done(t('approvals.submittedModal'));
      await announceRequest({ deps, client, team, log }, { actor, t, kind: metadata.kind, outcome });
    },
  });
  app.view(VIEWS.discountRequest, submit);
  app.view(VIEWS.contractRequest, submit);
}
