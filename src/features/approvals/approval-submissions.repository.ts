import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalRequests } from '../../db/schema/index.js';
import {
  insertEvents,
  insertSteps,
  type LeadApproval,
  type Tx,
  writeLeadApproval,
} from './approval-writes.js';
import type {
  ApprovalDetails,
  ApprovalKind,
  ApprovalRequest,
  ApprovalStep,
  PlannedStep,
} from './approvals.types.js';

/** New requests and new revisions, each with its steps and audit events in one transaction. */
export function createApprovalSubmissions({ db }: { db: Db }) {
  return {
    /**
     * A new request with its steps and audit events, in one transaction. An auto-approved request (no steps) is
     * stored approved, and its value written on the lead at once.
     */
    async createRequest(input: {
      teamId: string;
      leadId: number | null;
      kind: ApprovalKind;
      requesterUserId: string;
      details: ApprovalDetails;
      steps: PlannedStep[];
      leadApproval?: LeadApproval;
      now: Date;
      /**
       * Runs in the request's transaction once it is stored (the ledger reserves an invoice's amount here); if it
       * throws, nothing of the request is kept.
       */
      within?: (tx: Tx, request: ApprovalRequest) => Promise<void>;
    }): Promise<{ request: ApprovalRequest; steps: ApprovalStep[] }> {
      const { teamId, now } = input;
      const auto = input.steps.length === 0;
      return db.transaction(async (tx) => {
        const [request] = await tx
          .insert(approvalRequests)
          .values({
            teamId,
            leadId: input.leadId,
            kind: input.kind,
            requesterUserId: input.requesterUserId,
            details: input.details,
            status: auto ? 'approved' : 'pending',
            currentStep: auto ? 0 : 1,
            stepCount: input.steps.length,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        if (!request) throw new Error('insert returned no approval request');
        const steps = await insertSteps(tx, request, input.steps, now);
        const base = { requestId: request.id, leadId: request.leadId, revision: 1, occurredAt: now };
        await insertEvents(tx, teamId, [
          { ...base, kind: 'requested', actorUserId: input.requesterUserId, details: { ...input.details } },
          ...(auto
            ? [{ ...base, kind: 'auto_approved' as const }]
            : [{ ...base, kind: 'step_routed' as const, step: 1, subjectUserId: steps[0]?.approverUserId }]),
        ]);
        if (auto && input.leadApproval && request.leadId !== null)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.requesterUserId, now);
        if (input.within) await input.within(tx, request);
        return { request, steps };
      });
    },

    /** A new revision after "request changes": conditional on the request still awaiting changes. */
    async revise(input: {
      teamId: string;
      requestId: number;
      fromRevision: number;
      details: ApprovalDetails;
      steps: PlannedStep[];
      leadApproval?: LeadApproval;
      actorUserId: string;
      now: Date;
    }): Promise<{ request: ApprovalRequest; steps: ApprovalStep[] } | undefined> {
      const { teamId, requestId, now } = input;
      return db.transaction(async (tx) => {
        const [request] = await tx
          .update(approvalRequests)
          .set({
            revision: input.fromRevision + 1,
            status: input.steps.length ? 'pending' : 'approved',
            currentStep: input.steps.length ? 1 : 0,
            stepCount: input.steps.length,
            details: input.details,
            updatedAt: now,
          })
          .where(
            and(
              eq(approvalRequests.teamId, teamId),
              eq(approvalRequests.id, requestId),
              eq(approvalRequests.status, 'changes_requested'),
              eq(approvalRequests.revision, input.fromRevision),
            ),
          )
          .returning();
        if (!request) return undefined;
        const steps = await insertSteps(tx, request, input.steps, now);
        const base = { requestId, leadId: request.leadId, revision: request.revision, occurredAt: now };
        await insertEvents(tx, teamId, [
          { ...base, kind: 'revised', actorUserId: input.actorUserId, details: { ...input.details } },
          steps[0]
            ? { ...base, kind: 'step_routed', step: 1, subjectUserId: steps[0].approverUserId }
            : { ...base, kind: 'auto_approved' },
        ]);
        if (input.leadApproval && request.leadId !== null)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.actorUserId, now);
        return { request, steps };
      });
    },
  };
}
