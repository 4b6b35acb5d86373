import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, approvalEvents, approvalRequests, approvalSteps, leads } from '../../db/schema/index.js';
import type {
  ApprovalDetails,
  ApprovalKind,
  ApprovalRequest,
  ApprovalStep,
  DecisionVia,
  PlannedStep,
  RequestStatus,
  StepStatus,
} from './approvals.types.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type NewEvent = Omit<typeof approvalEvents.$inferInsert, 'id' | 'teamId'>;

/** What a final approval writes on the lead, so its card shows it. */
export type LeadApproval = { approvedDiscountPercent: number } | { approvedContractAmount: number };

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

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;

export function createApprovalRepository({ db }: { db: Db }) {
  async function insertEvents(tx: Tx | Db, teamId: string, events: NewEvent[]): Promise<void> {
    if (events.length) await tx.insert(approvalEvents).values(events.map((event) => ({ ...event, teamId })));
  }

  async function writeLeadApproval(
    tx: Tx,
    teamId: string,
    leadId: number,
    approval: LeadApproval,
    actorUserId: string,
    now: Date,
  ): Promise<void> {
    await tx
      .update(leads)
      .set({ ...approval, updatedAt: now })
      .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId)));
    const note =
      'approvedDiscountPercent' in approval
        ? `discount ${approval.approvedDiscountPercent}%`
        : `contract ${approval.approvedContractAmount}`;
    await tx
      .insert(activities)
      .values({ teamId, leadId, actorUserId, kind: 'approval', note, occurredAt: now });
  }

  async function insertSteps(
    tx: Tx,
    request: ApprovalRequest,
    steps: PlannedStep[],
    now: Date,
  ): Promise<ApprovalStep[]> {
    if (steps.length === 0) return [];
    return tx
      .insert(approvalSteps)
      .values(
        steps.map((planned, index) => ({
          teamId: request.teamId,
          requestId: request.id,
          revision: request.revision,
          step: index + 1,
          role: planned.role,
          approverUserId: planned.approverUserId,
          activatedAt: index === 0 ? now : null,
        })),
      )
      .returning();
  }

  return {
    /**
     * A new request with its steps and audit events, in one transaction. An auto-approved request (no steps) is
     * stored approved, and its value written on the lead at once.
     */
    async createRequest(input: {
      teamId: string;
      leadId: number;
      kind: ApprovalKind;
      requesterUserId: string;
      details: ApprovalDetails;
      steps: PlannedStep[];
      leadApproval?: LeadApproval;
      now: Date;
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
        if (auto && input.leadApproval)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.requesterUserId, now);
        return { request, steps };
      });
    },

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

    /**
     * The decision. Its heart is ONE conditional statement: the request advances only if it is still pending at
     * this revision and step, and the step is decided only if that advance happened and it is still pending.
     * Concurrent clicks queue on the request row; after the first commits the others match no row. The rest
     * (next step's clock, skipped steps, audit, the lead's approved value) rides in the same transaction.
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
        if (input.leadApproval)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.actorUserId, now);
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
        return request;
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
        if (input.leadApproval)
          await writeLeadApproval(tx, teamId, request.leadId, input.leadApproval, input.actorUserId, now);
        return { request, steps };
      });
    },

    async recordEvents(teamId: string, events: NewEvent[]): Promise<void> {
      await insertEvents(db, teamId, events);
    },
  };
}
