import { and, eq, ne, sql } from 'drizzle-orm';
import { approvalRequests, approvalSteps, quotes } from '../../db/schema/index.js';
import { insertEvents, type Tx } from '../approvals/approval-writes.js';

/**
 * What a finished quote approval writes on the quote, inside the approval engine's transaction (called from the
 * ledger's `applyApprovalOutcome`): approved → the quote may be sent; rejected, cancelled or sent back with
 * "Request changes" → a draft again, for the rep to change and submit anew (a new request, a new approval round). Conditional on the quote still waiting on this very request.
 */
export async function settleQuoteApproval(
  tx: Tx,
  input: {
    teamId: string;
    requestId: number;
    quoteId: number;
    outcome: 'approved' | 'rejected' | 'cancelled' | 'changes_requested';
    now: Date;
  },
): Promise<void> {
  const approved = input.outcome === 'approved';
  await tx
    .update(quotes)
    .set({
      status: approved ? 'approved' : 'draft',
      ...(approved ? {} : { approvalRequestId: null }),
      version: sql`${quotes.version} + 1`,
      updatedAt: input.now,
    })
    .where(
      and(
        eq(quotes.teamId, input.teamId),
        eq(quotes.id, input.quoteId),
        eq(quotes.status, 'pending_approval'),
        eq(quotes.approvalRequestId, input.requestId),
      ),
    );
}

/**
 * A quote sent back with "Request changes" is a draft again and its next "Request approval" is a new request: the
 * earlier round, left awaiting changes that will never come through it, is closed as cancelled in the new round's
 * transaction (its steps still pending skipped, an audit event naming the round that replaced it), so no request
 * stays open for a quote that has moved on. Conditional on the round still awaiting changes.
 */
export async function closeEarlierQuoteRounds(
  tx: Tx,
  input: { teamId: string; quoteId: number; newRequestId: number; actorUserId: string; now: Date },
): Promise<number[]> {
  const closed = await tx
    .update(approvalRequests)
    .set({ status: 'cancelled', currentStep: 0, updatedAt: input.now })
    .where(
      and(
        eq(approvalRequests.teamId, input.teamId),
        eq(approvalRequests.kind, 'quote'),
        eq(approvalRequests.status, 'changes_requested'),
        sql`(${approvalRequests.details}->>'quoteId')::bigint = ${input.quoteId}`,
        ne(approvalRequests.id, input.newRequestId),
      ),
    )
    .returning();
  for (const request of closed)
    await tx
      .update(approvalSteps)
      .set({ status: 'skipped' })
      .where(
        and(
          eq(approvalSteps.requestId, request.id),
          eq(approvalSteps.revision, request.revision),
          eq(approvalSteps.status, 'pending'),
        ),
      );
  await insertEvents(
    tx,
    input.teamId,
    closed.map((request) => ({
      requestId: request.id,
      leadId: request.leadId,
      revision: request.revision,
      kind: 'cancelled' as const,
      actorUserId: input.actorUserId,
      details: { replacedBy: input.newRequestId },
      occurredAt: input.now,
    })),
  );
  return closed.map((request) => request.id);
}
