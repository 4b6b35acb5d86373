import type { Db } from '../../../src/db/client.js';
import { activities, approvalRequests, approvalSteps, leads, members } from '../../../src/db/schema/index.js';
import type { ActivityKind, Intent, Stage } from '../../../src/features/leads/leads.types.js';
import type { Role } from '../../../src/features/team/team.types.js';

/** Rows written straight into the tables, with the exact timestamps a test reasons about. */
export function fixtures(db: Db) {
  return {
    async lead(input: {
      teamId?: string;
      owner: string;
      company?: string;
      stage?: Stage;
      value?: number | null;
      wonAmount?: number | null;
      lostReason?: string | null;
      intent?: Intent | null;
      createdAt: string;
      lastActivityAt?: string;
      expectedCloseDate?: string | null;
      nextFollowUpOn?: string | null;
      /** Also record the `created` activity at `createdAt` (default true). */
      createdActivity?: boolean;
    }): Promise<number> {
      const teamId = input.teamId ?? 'T1';
      const company = input.company ?? `Lead of ${input.owner}`;
      const [row] = await db
        .insert(leads)
        .values({
          teamId,
          ownerUserId: input.owner,
          createdByUserId: input.owner,
          companyName: company,
          contactName: 'Contact',
          searchText: company.toLowerCase(),
          stage: input.stage ?? 'new',
          estimatedValue: input.value ?? null,
          wonAmount: input.wonAmount ?? null,
          lostReason: input.lostReason ?? null,
          intent: input.intent ?? null,
          expectedCloseDate: input.expectedCloseDate ?? null,
          nextFollowUpOn: input.nextFollowUpOn ?? null,
          currency: 'CNY',
          createdAt: new Date(input.createdAt),
          lastActivityAt: new Date(input.lastActivityAt ?? input.createdAt),
        })
        .returning({ id: leads.id });
      if (!row) throw new Error('no lead inserted');
      if (input.createdActivity !== false) {
        await this.activity({
          teamId,
          leadId: row.id,
          actor: input.owner,
          kind: 'created',
          at: input.createdAt,
        });
      }
      return row.id;
    },

    async activity(input: {
      teamId?: string;
      leadId: number;
      actor: string;
      kind: ActivityKind;
      at: string;
      from?: Stage;
      to?: Stage;
      details?: Record<string, unknown>;
    }): Promise<void> {
      await db.insert(activities).values({
        teamId: input.teamId ?? 'T1',
        leadId: input.leadId,
        actorUserId: input.actor,
        kind: input.kind,
        fromStage: input.from ?? null,
        toStage: input.to ?? null,
        details: input.details ?? null,
        occurredAt: new Date(input.at),
      });
    },

    async member(input: {
      teamId?: string;
      userId: string;
      role?: Role;
      manager?: string | null;
      since?: string;
      vacationUntil?: string | null;
    }): Promise<void> {
      await db.insert(members).values({
        teamId: input.teamId ?? 'T1',
        userId: input.userId,
        role: input.role ?? 'rep',
        managerUserId: input.manager ?? null,
        vacationUntil: input.vacationUntil ?? null,
        createdAt: new Date(input.since ?? '2026-01-01T00:00:00Z'),
      });
    },

    /** An approval request with its steps; `current` is the step waiting (0 = none). */
    async approval(input: {
      teamId?: string;
      leadId: number;
      requester: string;
      status?: 'pending' | 'approved';
      current: number;
      steps: { approver: string; status: 'pending' | 'approved'; activatedAt: string }[];
      createdAt: string;
    }): Promise<number> {
      const teamId = input.teamId ?? 'T1';
      const [request] = await db
        .insert(approvalRequests)
        .values({
          teamId,
          leadId: input.leadId,
          kind: 'discount',
          requesterUserId: input.requester,
          status: input.status ?? 'pending',
          currentStep: input.current,
          stepCount: input.steps.length,
          details: {
            kind: 'discount',
            percent: 10,
            targetPrice: null,
            listPrice: null,
            justification: 'x',
            expiresOn: null,
          },
          createdAt: new Date(input.createdAt),
        })
        .returning({ id: approvalRequests.id });
      if (!request) throw new Error('no request inserted');
      let step = 0;
      for (const s of input.steps) {
        step++;
        await db.insert(approvalSteps).values({
          teamId,
          requestId: request.id,
          revision: 1,
          step,
          role: 'manager',
          approverUserId: s.approver,
          status: s.status,
          activatedAt: new Date(s.activatedAt),
        });
      }
      return request.id;
    },
  };
}
