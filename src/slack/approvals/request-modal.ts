import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { ContractForm, DiscountForm } from '../../features/approvals/approval-input.js';
import { parsePercent } from '../../features/approvals/approval-input.js';
import type { ApprovalDetails, ApprovalPolicy } from '../../features/approvals/approvals.types.js';
import { policyCurrency, previewRoute, startRequest } from '../../features/approvals/requests.usecases.js';
import { minorToMajorNumber, readMoneyField } from '../../features/leads/lead-input.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';
import { spendTrigger } from '../requests/trigger-client.js';
import { withCaller } from '../requests/view-submission.js';
import { routeText } from '../views/approvals/approval-format.js';
import { buildContractModal, buildDiscountModal } from '../views/approvals/approval-request-modal.js';
import type { ModalView } from '../views/blocks.js';
import { leadTitle } from '../views/leads/lead-format.js';

const requestMetadata = z.object({
  kind: z.enum(['discount', 'contract']),
  leadId: z.number().int(),
  /** Set when revising a request after "request changes". */
  requestId: z.number().int().optional(),
  /** Set when the contract request was opened from an accepted quote: the contract keeps its lines. */
  quote: z
    .object({ quoteId: z.number().int(), version: z.number().int(), number: z.string().max(40) })
    .optional(),
  responseUrl: z.string().optional(),
});
export type RequestModalMetadata = z.infer<typeof requestMetadata>;

export function encodeRequestMetadata(metadata: RequestModalMetadata): string {
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata
    ? json
    : JSON.stringify({ ...metadata, responseUrl: undefined });
}

export function decodeRequestMetadata(raw: string | undefined): RequestModalMetadata | undefined {
  return decodeJson(requestMetadata, raw);
}

/** Enough of the form to know the band: the preview needs the percent, or the amount and upfront share. */
function partialDetails(
  kind: 'discount' | 'contract',
  values: DiscountForm & ContractForm,
  currency: string,
): ApprovalDetails | undefined {
  if (kind === 'discount') {
    const percent = parsePercent(values.percent);
    if (typeof percent !== 'number') return undefined;
    return { kind, percent, targetPrice: null, listPrice: null, justification: '', expiresOn: null };
  }
  // The amount is read as the submission reads it: in the form's currency, exactly, another currency refused.
  const amount = readMoneyField(values.amount, values.currency || currency);
  const upfront = parsePercent(values.upfrontPercent);
  if (!amount.ok || amount.minor === null || typeof upfront !== 'number') return undefined;
  return {
    kind,
    amount: minorToMajorNumber(amount.minor, currency),
    currency,
    upfrontPercent: upfront,
    paymentTerms: null,
    deliveryDate: null,
    specialTerms: null,
    draftLink: null,
  };
}

/** The request modal with its "who will approve" line computed from what is filled in so far. */
export async function requestModal(input: {
  deps: AppDeps;
  actor: Actor;
  team: Team;
  t: Translate;
  lead: Lead;
  policy: ApprovalPolicy;
  metadata: RequestModalMetadata;
  values: DiscountForm & ContractForm;
}): Promise<ModalView> {
  const { deps, actor, t, lead, policy, metadata } = input;
  const currency = policyCurrency(policy, input.team);
  const values = { currency, ...input.values };
  const details = partialDetails(metadata.kind, values, currency);
  const routeLine = details
    ? routeText(await previewRoute({ ...deps, actor, details }), policy, t, true)
    : t('approvals.route.enterValue');
  const common = { leadLine: leadTitle(lead), routeLine, metadata: encodeRequestMetadata(metadata), t };
  return metadata.kind === 'discount'
    ? buildDiscountModal({ ...common, values })
    : buildContractModal({ ...common, values });
}

/** Opens the discount or contract modal for a lead the rep may see and that still takes that request. */
export async function openRequestModal(input: {
  deps: AppDeps;
  client: WebClient;
  triggerId: string;
  actor: Actor;
  team: Team;
  t: Translate;
  kind: 'discount' | 'contract';
  leadId: number;
  percent?: string;
  responseUrl?: string;
  /** The form's values to start from (an accepted quote's total and terms), and that quote. */
  values?: ContractForm;
  quote?: RequestModalMetadata['quote'];
}): Promise<void> {
  const { deps, actor } = input;
  const { lead, policy } = await startRequest({ ...deps, actor, leadId: input.leadId, kind: input.kind });
  const view = await requestModal({
    ...input,
    lead,
    policy,
    metadata: {
      kind: input.kind,
      leadId: lead.id,
      ...(input.responseUrl ? { responseUrl: input.responseUrl } : {}),
      ...(input.quote ? { quote: input.quote } : {}),
    },
    values: input.values ?? (input.percent ? { percent: input.percent } : {}),
  });
  await spendTrigger(input.client, (twin) =>
    twin.views.open({ trigger_id: input.triggerId, view: withCaller(view, actor) }),
  );
}
