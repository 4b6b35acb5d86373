import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalRequests, approvalSteps } from '../../db/schema/index.js';
import { createApprovalSubmissions } from './approval-submissions.repository.js';
import { createApprovalTransitions } from './approval-transitions.repository.js';
import { insertEvents, type NewEvent } from './approval-writes.js';
import type { ApprovalRequest, ApprovalStep } from './approvals.types.js';

export type { DecideInput } from './approval-transitions.repository.js';
export type { LeadApproval, Tx } from './approval-writes.js';

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;

/** Requests and steps: reading them, noting where their messages are; submissions and transitions write them. */
export function createApprovalRepository({ db }: { db: Db }) {
  return {
    ...createApprovalSubmissions({ db }),
    ...createApprovalTransitions({ db }),

    async findRequest(teamId: string, requestId: number): Promise<ApprovalRequest | undefined> {
      if (!Number.isSafeInteger(requestId)) return undefined;
      const [row] = await db
        .select()
        .from(approvalRequests)
        .where(and(eq(approvalRequests.teamId, teamId), eq(approvalRequests.id, requestId)));
      return row;
    },

    async listSteps(teamId: string, requestId: number, revision: number): Promise<ApprovalStep[]> {
      return db
        .select()
        .from(approvalSteps)
        .where(
          and(
            eq(approvalSteps.teamId, teamId),
            eq(approvalSteps.requestId, requestId),
            eq(approvalSteps.revision, revision),
          ),
        )
        .orderBy(asc(approvalSteps.step));
    },

    async setStepMessage(teamId: string, stepId: number, channelId: string, ts: string): Promise<void> {
      await db
        .update(approvalSteps)
        .set({ messageChannelId: channelId, messageTs: ts })
        .where(and(eq(approvalSteps.teamId, teamId), eq(approvalSteps.id, stepId)));
    },

    async setRequestThread(
      teamId: string,
      requestId: number,
      thread: { channelId: string; threadTs: string | null; messageTs?: string },
    ): Promise<void> {
      await db
        .update(approvalRequests)
        .set(thread)
        .where(and(eq(approvalRequests.teamId, teamId), eq(approvalRequests.id, requestId)));
    },

    async recordEvents(teamId: string, events: NewEvent[]): Promise<void> {
      await insertEvents(db, teamId, events);
    },
  };
}
