import type { ApprovalRequest, ApprovalStep, MissingApprover } from '../approvals/approvals.types.js';
import { adminUserIds, loadPolicy } from '../approvals/requests.usecases.js';
import { requiredApproval, resolveRoute } from '../approvals/routing.js';
import type { Lead } from '../leads/leads.types.js';
import type { Actor } from '../team/team.types.js';
import { assertLeadOpen, loadOwnQuote, type QuoteDeps } from './quote-access.js';
import { quoteApprovalDetails } from './quote-approval.js';
import type { Quote, QuoteLine } from './quote-records.js';
import {
  EmptyQuoteError,
  QuotePricesChangedError,
  QuoteStatusError,
  StaleQuoteError,
} from './quotes.errors.js';

/** An earlier round of the quote (sent back for changes) that the new request closed, with its steps. */
export interface SupersededRound {
  request: ApprovalRequest;
  steps: ApprovalStep[];
}

export type SubmitQuoteOutcome =
  | { outcome: 'auto'; request: ApprovalRequest; quote: Quote; lead: Lead; superseded: SupersededRound[] }
  | {
      outcome: 'routed';
      request: ApprovalRequest;
      steps: ApprovalStep[];
      quote: Quote;
      lead: Lead;
      superseded: SupersededRound[];
    }
  | { outcome: 'missing'; missing: MissingApprover[]; adminUserIds: string[]; quote: Quote; lead: Lead };

/**
 * Product lines whose list price, floor or status moved since they were priced (a price list changed while the
 * quote was open): approving them as they are would measure the discounts against a price that is gone.
 */
async function changedSkus(deps: QuoteDeps, quote: Quote, lines: QuoteLine[]): Promise<string[]> {
  const productIds = lines.flatMap((line) => (line.productId === null ? [] : [line.productId]));
  if (productIds.length === 0 || quote.priceListId === null) return [];
  const current = new Map(
    (await deps.quotePricing.findProducts(quote.teamId, quote.priceListId, productIds)).map((p) => [
      p.productId,
      p,
    ]),
  );
  return lines
    .filter((line) => {
      if (line.productId === null) return false;
      const product = current.get(line.productId);
      return (
        product?.status !== 'active' ||
        product.priceMinor !== line.listPriceMinor ||
        product.floorPriceMinor !== line.floorPriceMinor
      );
    })
    .map((line) => line.sku ?? String(line.position));
}

/**
 * "Request approval": the quote's discounts go through the team's discount policy (the approval kind `quote`).
 * Within the auto band it is approved at once; otherwise routed like any discount, a line below its floor to the
 * top approver. The request and the quote's move to `pending_approval` commit together, conditional on the version
 * the rep saw.
 */
export async function submitQuote(
  deps: QuoteDeps & { actor: Actor; quoteId: number; seenVersion: number },
): Promise<SubmitQuoteOutcome> {
  const { actor, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  if (quote.status !== 'draft') throw new QuoteStatusError(quote.status, 'submit', quote.number);
  if (quote.version !== deps.seenVersion) throw new StaleQuoteError(quote.number);
  const lines = await deps.quotes.listLines(actor.teamId, quote.id);
  if (lines.length === 0) throw new EmptyQuoteError(quote.number);
  const changed = await changedSkus(deps, quote, lines);
  if (changed.length) throw new QuotePricesChangedError(quote.number, changed.slice(0, 10));
  const details = quoteApprovalDetails(quote, lines);
  const policy = await loadPolicy({ ...deps, teamId: actor.teamId });
  const route = resolveRoute({
    required: requiredApproval(policy, details),
    requesterUserId: actor.userId,
    members: await deps.teams.listMembers(actor.teamId),
  });
  if (route.kind === 'missing')
    return {
      outcome: 'missing',
      missing: route.missing,
      adminUserIds: await adminUserIds(deps.teams, actor.teamId),
      quote,
      lead,
    };
  let submitted: { quote: Quote; supersededRequestIds: number[] } | undefined;
  const created = await deps.approvals.createRequest({
    teamId: actor.teamId,
    leadId: lead.id,
    kind: 'quote',
    requesterUserId: actor.userId,
    details,
    steps: route.kind === 'steps' ? route.steps : [],
    now: clock.now(),
    within: async (tx, request) => {
      submitted = await deps.quotes.markSubmittedIn(tx, {
        teamId: actor.teamId,
        quoteId: quote.id,
        seenVersion: deps.seenVersion,
        approvalRequestId: request.id,
        auto: route.kind === 'auto',
        actorUserId: actor.userId,
        now: clock.now(),
      });
      if (!submitted) throw new StaleQuoteError(quote.number);
    },
  });
  const fresh = submitted?.quote ?? quote;
  const superseded = await supersededRounds(deps, submitted?.supersededRequestIds ?? []);
  return route.kind === 'auto'
    ? { outcome: 'auto', request: created.request, quote: fresh, lead, superseded }
    : { outcome: 'routed', request: created.request, steps: created.steps, quote: fresh, lead, superseded };
}

/** The rounds the new request closed, as they are now (cancelled), with the steps of their last revision. */
async function supersededRounds(
  deps: QuoteDeps & { actor: Actor },
  requestIds: number[],
): Promise<SupersededRound[]> {
  const rounds: SupersededRound[] = [];
  for (const id of requestIds) {
    const request = await deps.approvals.findRequest(deps.actor.teamId, id);
    if (request)
      rounds.push({
        request,
        steps: await deps.approvals.listSteps(deps.actor.teamId, id, request.revision),
      });
  }
  return rounds;
}
