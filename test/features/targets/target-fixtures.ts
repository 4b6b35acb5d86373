import { eq } from 'drizzle-orm';
import type { Db } from '../../../src/db/client.js';
import { activities, leads, members } from '../../../src/db/schema/index.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import type { ActivityKind } from '../../../src/features/leads/leads.types.js';
import type { CollectedAmounts } from '../../../src/features/targets/collected-amounts.js';
import { createDailyPlanRepository } from '../../../src/features/targets/daily-plans.repository.js';
import { createRepNumbersRepository } from '../../../src/features/targets/rep-numbers.repository.js';
import { createTargetSettingsRepository } from '../../../src/features/targets/target-settings.repository.js';
import { createTargetRepository } from '../../../src/features/targets/targets.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Role } from '../../../src/features/team/team.types.js';
import type { Clock } from '../../../src/lib/clock.js';

/**
 * Collected amounts kept in memory: payments as (rep, instant, minor units), summed per rep for a window the way
 * the ledger will. Stands in for the contract ledger in tests.
 */
export function inMemoryCollected(
  payments: { userId: string; at: string; minor: number; teamId?: string }[] = [],
): CollectedAmounts & { add(payment: { userId: string; at: string; minor: number; teamId?: string }): void } {
  return {
    add: (payment) => payments.push(payment),
    async byRep(teamId, from, to) {
      const totals = new Map<string, number>();
      for (const payment of payments) {
        const at = new Date(payment.at);
        if ((payment.teamId ?? 'T1') !== teamId || at < from || at >= to) continue;
        totals.set(payment.userId, (totals.get(payment.userId) ?? 0) + payment.minor);
      }
      return totals;
    },
  };
}

/** The targets feature's repositories on one database, as the composition root wires them. */
export function targetRepos(db: Db, clock: Clock, collected: CollectedAmounts = inMemoryCollected()) {
  return {
    targets: createTargetRepository({ db }),
    repNumbers: createRepNumbersRepository({ db }),
    dailyPlans: createDailyPlanRepository({ db }),
    targetSettings: createTargetSettingsRepository({ db }),
    teams: createTeamRepository({ db }),
    leads: createLeadRepository({ db }),
    collected,
    clock,
  };
}

/** Rows written straight into the tables, with the exact instants a test reasons about. */
export function targetFixtures(db: Db) {
  let sequence = 0;
  return {
    async member(input: {
      teamId?: string;
      userId: string;
      role?: Role;
      manager?: string | null;
      timezone?: string | null;
      vacationUntil?: string | null;
      language?: string | null;
      displayName?: string | null;
    }): Promise<void> {
      await db.insert(members).values({
        teamId: input.teamId ?? 'T1',
        userId: input.userId,
        role: input.role ?? 'rep',
        managerUserId: input.manager ?? null,
        timezone: input.timezone ?? null,
        vacationUntil: input.vacationUntil ?? null,
        language: input.language ?? null,
        displayName: input.displayName ?? input.userId,
      });
    },

    /** A lead, with its `created` activity at `createdAt` by its owner. */
    async lead(input: {
      teamId?: string;
      owner: string;
      createdAt: string;
      currency?: string | null;
      value?: number | null;
    }): Promise<number> {
      const teamId = input.teamId ?? 'T1';
      const company = `Lead ${++sequence}`;
      const [row] = await db
        .insert(leads)
        .values({
          teamId,
          ownerUserId: input.owner,
          createdByUserId: input.owner,
          companyName: company,
          contactName: 'Contact',
          searchText: company.toLowerCase(),
          estimatedValue: input.value ?? null,
          currency: input.currency === undefined ? 'CNY' : input.currency,
          createdAt: new Date(input.createdAt),
          lastActivityAt: new Date(input.createdAt),
        })
        .returning({ id: leads.id });
      if (!row) throw new Error('no lead inserted');
      await this.activity({
        teamId,
        leadId: row.id,
        actor: input.owner,
        kind: 'created',
        at: input.createdAt,
      });
      return row.id;
    },

    /** A deal won at `at` (the lead's close and its `won` activity), by `actor` (default: the owner). */
    async won(input: {
      teamId?: string;
      owner: string;
      at: string;
      amount: number | null;
      value?: number | null;
      currency?: string | null;
      actor?: string;
    }): Promise<number> {
      const teamId = input.teamId ?? 'T1';
      const leadId = await this.lead({
        teamId,
        owner: input.owner,
        createdAt: '2025-06-01T00:00:00Z',
        currency: input.currency,
        value: input.value ?? null,
      });
      await db
        .update(leads)
        .set({ stage: 'won', wonAmount: input.amount, closedAt: new Date(input.at) })
        .where(eq(leads.id, leadId));
      await this.activity({ teamId, leadId, actor: input.actor ?? input.owner, kind: 'won', at: input.at });
      return leadId;
    },

    async activity(input: {
      teamId?: string;
      leadId: number;
      actor: string;
      kind: ActivityKind;
      at: string;
    }): Promise<void> {
      await db.insert(activities).values({
        teamId: input.teamId ?? 'T1',
        leadId: input.leadId,
        actorUserId: input.actor,
        kind: input.kind,
        occurredAt: new Date(input.at),
      });
    },
  };
}
