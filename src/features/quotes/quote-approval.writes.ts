import { and, eq, sql } from 'drizzle-orm';
import { quotes } from '../../db/schema/index.js';
import type { Tx } from '../approvals/approval-writes.js';

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
