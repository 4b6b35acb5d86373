import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalEvents, approvalRequests, leads } from '../../db/schema/index.js';
import type { ApprovalEvent, ApprovalKind } from './approvals.types.js';

export interface AuditRow {
  event: ApprovalEvent;
  kind: ApprovalKind;
  requesterUserId: string;
  companyName: string;
}

export type ApprovalAuditRepository = ReturnType<typeof createApprovalAuditRepository>;

export function createApprovalAuditRepository({ db }: { db: Db }) {
  return {
    /** Audit rows, oldest first, with their request and lead; for one lead and/or the leads of some owners. */
    async listEvents(
      teamId: string,
      filter: { leadId?: number; ownerUserIds?: string[] },
      limit = 10_000,
    ): Promise<AuditRow[]> {
      const conditions = [eq(approvalEvents.teamId, teamId)];
      if (filter.leadId !== undefined) conditions.push(eq(approvalEvents.leadId, filter.leadId));
      if (filter.ownerUserIds)
        conditions.push(inArray(leads.ownerUserId, filter.ownerUserIds.length ? filter.ownerUserIds : ['']));
      return db
        .select({
          event: approvalEvents,
          kind: approvalRequests.kind,
          requesterUserId: approvalRequests.requesterUserId,
          companyName: leads.companyName,
        })
        .from(approvalEvents)
        .innerJoin(
          approvalRequests,
          and(eq(approvalRequests.id, approvalEvents.requestId), eq(approvalRequests.teamId, teamId)),
        )
        .innerJoin(leads, and(eq(leads.id, approvalEvents.leadId), eq(leads.teamId, teamId)))
        .where(and(...conditions))
        .orderBy(asc(approvalEvents.occurredAt), asc(approvalEvents.id))
        .limit(limit);
    },
  };
}
