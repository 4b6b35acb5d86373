import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalRequests, approvalSteps } from '../../db/schema/index.js';
import { applyApprovalOutcome } from '../ledger/approval-outcomes.writes.js';
import { insertEvents, type LeadApproval, writeLeadApproval } from './approval-writes.js';
import type {
  ApprovalRequest,
  ApprovalStep,
  DecisionVia,
  RequestStatus,
  StepStatus,
} from './approvals.types.js';

export interface DecideInput {
  teamId: string;
  requestId: number;
  revision: number;
  step: number;
  status: Exclude<StepStatus, 'pending' | 'skipped'>;
  actorUserId: string;
  via: DecisionVia;
  comment: string | null;
  approvedValue: number | null;
  now: Date;
  /** The request after this decision: still pending at the next step, or closed. */
  next: { status: RequestStatus; currentStep: number };
  /** Later steps no longer needed (a counter-offer fell into a lower band). */
  skipFrom?: number;
  leadApproval?: LeadApproval;
}

/**
 * The decision and the cancellation: each one transaction whose guard is a conditional statement, so concurrent
 * clicks cannot both win (DESIGN.md, rule 4).
 */
export function createApprovalTransitions({ db }: { db: Db }) {
  return {
    /**
     * The decision. Its heart is ONE conditional statement: the request advances only if it is still pending at
     * this revision and step, and the step is decided only if that advance happened and it is still pending.
     * Concurrent clicks queue on the request row; after the first commits the others match no row. The rest
     * (next step's clock, skipped steps, audit, the lead's approved value, and the ledger's consequence of a
     * final decision: a contract entered, an invoice approved or given back) rides in the same transaction.
     */
    async decide(input: DecideInput): Promise<ApprovalStep | undefined> {
      const { teamId, requestId, revision, step, now } = input;
      return db.transaction(async (tx) => {
        const result = (await tx.execute(sql`
          with advanced as (
            update ${approvalRequests}
            set status = ${input.next.status}, current_step = ${input.next.currentStep}, updated_at = ${now.toISOString()}
            where team_id = ${teamId} and id = ${requestId} and status = 'pending'
              and revision = ${revision} and current_step = ${step}
            returning id
          )
          update ${approvalSteps}
          set status = ${input.status}, decided_by_user_id = ${input.actorUserId}, decided_at = ${now.toISOString()},
              comment = ${input.comment}, via = ${input.via}, approved_value = ${input.approvedValue}
          where team_id = ${teamId} and request_id in (select id from advanced)
            and revision = ${revision} and step = ${step} and status = 'pending'
          returning id`)) as unknown as { rows: { id: number | string }[] };
        const id = result.rows[0]?.id;
        if (id === undefined) return undefined;
        const [decided] = await tx
          .select()
          .from(approvalSteps)
          .where(eq(approvalSteps.id, Number(id)));
        if (!decided) throw new Error('decided step vanished');
        const [request] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, requestId));
        if (!request) throw new Error('request vanished');
        const stepFilter = and(
          eq(approvalSteps.requestId, requestId),
          eq(approvalSteps.revision, revision),
          eq(approvalSteps.status, 'pending'),
        );
        if (input.skipFrom !== undefined)
          await tx
            .update(approvalSteps)
            .set({ status: 'skipped' })
            .where(and(stepFilter, sql`${approvalSteps.step} >= ${input.skipFrom}`));
        if (input.next.status === 'pending')
          await tx
            .update(approvalSteps)
            .set({ activatedAt: now })
            .where(and(stepFilter, eq(approvalSteps.step, input.next.currentStep)));
        const base = { requestId, leadId: request.leadId, revision, occurredAt: now };
        const eventKind = input.status;
        const nextStep =
          input.next.status === 'pending'
            ? (
                await tx
                  .select()
                  .from(approvalSteps)
                  .where(and(stepFilter, eq(approvalSteps.step, input.next.currentStep)))
              )[0]
            : undefined;
        await insertEvents(tx, teamId, [
          {
            ...base,
            step,
            kind: eventKind,
            actorUserId: input.actorUserId,
            subjectUserId: decided.approverUserId,
            via: input.via,
            comment: input.comment,
            value: input.approvedValue,
          },
          ...(nextStep
            ? [
                {
                  ...base,
                  kind: 'step_routed' as const,
                  step: nextStep.step,
                  subjectUserId: nextStep.approverUserId,
                },
              ]
            : []),
          ...(input.next.status === 'approved' ? [{ ...base, kind: 'completed' as const }] : []),
        ]);
        if (input.leadApproval && request.leadId !== null)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.actorUserId, now);
        if (
          input.next.status === 'approved' ||
          input.next.status === 'rejected' ||
          input.next.status === 'changes_requested'
        )
          await applyApprovalOutcome(tx, {
            request,
            outcome: input.next.status,
            actorUserId: input.actorUserId,
            now,
          });
        return decided;
      });
    },

    /** Cancels a request that is still open (pending or awaiting changes); undefined when it was not. */
    async cancel(input: {
      teamId: string;
      requestId: number;
      actorUserId: string | null;
      reason: string | null;
      now: Date;
    }): Promise<ApprovalRequest | undefined> {
      const { teamId, requestId, now } = input;
      return db.transaction(async (tx) => {
        const [request] = await tx
          .update(approvalRequests)
          .set({ status: 'cancelled', currentStep: 0, updatedAt: now })
          .where(
            and(
              eq(approvalRequests.teamId, teamId),
              eq(approvalRequests.id, requestId),
              inArray(approvalRequests.status, ['pending', 'changes_requested']),
            ),
          )
          .returning();
        if (!request) return undefined;
        await tx
          .update(approvalSteps)
          .set({ status: 'skipped' })
          .where(
            and(
              eq(approvalSteps.requestId, requestId),
              eq(approvalSteps.revision, request.revision),
              eq(approvalSteps.status, 'pending'),
            ),
          );
        await insertEvents(tx, teamId, [
          {
            requestId,
            leadId: request.leadId,
            revision: request.revision,
            kind: 'cancelled',
            actorUserId: input.actorUserId,
            comment: input.reason,
            occurredAt: now,
          },
        ]);
        await applyApprovalOutcome(tx, {
          request,
          outcome: 'cancelled',
          actorUserId: input.actorUserId,
          now,
        });
        return request;
      });
    },
  };
}
