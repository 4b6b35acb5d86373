import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, approvalEvents, approvalSteps, leads } from '../../db/schema/index.js';
import { nextVersion } from '../leads/leads.repository.js';
import type { ApprovalRequest, ApprovalStep, PlannedStep } from './approvals.types.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type NewEvent = Omit<typeof approvalEvents.$inferInsert, 'id' | 'teamId'>;

/** What a final approval writes on the lead, so its card shows it. */
export type LeadApproval = { approvedDiscountPercent: number } | { approvedContractAmount: number };

/** Inserts audit events, in the caller's transaction or on their own. */
export async function insertEvents(tx: Tx | Db, teamId: string, events: NewEvent[]): Promise<void> {
  if (events.length) await tx.insert(approvalEvents).values(events.map((event) => ({ ...event, teamId })));
}

export async function writeLeadApproval(
  tx: Tx,
  teamId: string,
  leadId: number,
  approval: LeadApproval,
  actorUserId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(leads)
    .set({ ...approval, updatedAt: now, version: nextVersion })
    .where(and(eq(leads.teamId, teamId), eq(leads.id, leadId)));
  const note =
    'approvedDiscountPercent' in approval
      ? `discount ${approval.approvedDiscountPercent}%`
      : `contract ${approval.approvedContractAmount}`;
  await tx
    .insert(activities)
    .values({ teamId, leadId, actorUserId, kind: 'approval', note, occurredAt: now });
}

export async function insertSteps(
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
