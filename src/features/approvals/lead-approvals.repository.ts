import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalRequests, approvalSteps } from '../../db/schema/index.js';
import type { LeadApprovalSummary } from './approvals.types.js';

export type LeadApprovalRepository = ReturnType<typeof createLeadApprovalRepository>;

export function createLeadApprovalRepository({ db }: { db: Db }) {
  return {
    /** The lead's latest requests, newest first, each with the approver of its current pending step. */
    async listForLead(teamId: string, leadId: number, limit: number): Promise<LeadApprovalSummary[]> {
      return db
        .select({
          id: approvalRequests.id,
          kind: approvalRequests.kind,
          status: approvalRequests.status,
          details: approvalRequests.details,
          waitingOnUserId: sql<
            string | null
          >`coalesce(${approvalSteps.escalatedToUserId}, ${approvalSteps.approverUserId})`,
        })
        .from(approvalRequests)
        .leftJoin(
          approvalSteps,
          and(
            eq(approvalSteps.teamId, approvalRequests.teamId),
            eq(approvalSteps.requestId, approvalRequests.id),
            eq(approvalSteps.revision, approvalRequests.revision),
            eq(approvalSteps.step, approvalRequests.currentStep),
            eq(approvalSteps.status, 'pending'),
          ),
        )
        .where(and(eq(approvalRequests.teamId, teamId), eq(approvalRequests.leadId, leadId)))
        .orderBy(desc(approvalRequests.id))
        .limit(limit);
    },
  };
}
