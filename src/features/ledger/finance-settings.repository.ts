import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { commissionPlans, financePolicies, ledgerEvents } from '../../db/schema/index.js';
import type { Tx } from './contract-transitions.repository.js';
import type { CommissionPlan, FinancePolicy } from './ledger.types.js';

export type FinanceSettingsRepository = ReturnType<typeof createFinanceSettingsRepository>;

/**
 * The team's finance policy and commission plan. A save is ONE upsert conditional on the version the admin's form
 * was built from (0 = "there was no row"), so two admins saving at once cannot silently overwrite each other.
 */
export function createFinanceSettingsRepository({ db }: { db: Db }) {
  async function audit(
    tx: Tx,
    teamId: string,
    kind: 'policy_updated' | 'plan_updated',
    userId: string,
    now: Date,
    details: object,
  ) {
    await tx
      .insert(ledgerEvents)
      .values({ teamId, kind, actorUserId: userId, details: { ...details }, occurredAt: now });
  }

  return {
    async findPolicy(teamId: string): Promise<FinancePolicy | undefined> {
      const [row] = await db.select().from(financePolicies).where(eq(financePolicies.teamId, teamId));
      if (!row) return undefined;
      const { teamId: _t, updatedByUserId: _b, createdAt: _c, updatedAt: _u, ...policy } = row;
      return policy;
    },

    async savePolicy(
      teamId: string,
      policy: Omit<FinancePolicy, 'version'>,
      expectedVersion: number,
      userId: string,
      now: Date,
    ): Promise<FinancePolicy | undefined> {
      const values = { ...policy, updatedByUserId: userId, updatedAt: now };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(financePolicies)
          .values({ teamId, ...values, version: 1, createdAt: now })
          .onConflictDoUpdate({
            target: financePolicies.teamId,
            set: { ...values, version: sql`${financePolicies.version} + 1` },
            setWhere: eq(financePolicies.version, expectedVersion),
          })
          .returning();
        if (!row) return undefined;
        await audit(tx, teamId, 'policy_updated', userId, now, policy);
        const { teamId: _t, updatedByUserId: _b, createdAt: _c, updatedAt: _u, ...saved } = row;
        return saved;
      });
    },

    async findPlan(teamId: string): Promise<CommissionPlan | undefined> {
      const [row] = await db.select().from(commissionPlans).where(eq(commissionPlans.teamId, teamId));
      if (!row) return undefined;
      const { teamId: _t, updatedByUserId: _b, createdAt: _c, updatedAt: _u, ...plan } = row;
      return plan;
    },

    async savePlan(
      teamId: string,
      plan: Omit<CommissionPlan, 'version'>,
      expectedVersion: number,
      userId: string,
      now: Date,
    ): Promise<CommissionPlan | undefined> {
      const values = { ...plan, updatedByUserId: userId, updatedAt: now };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(commissionPlans)
          .values({ teamId, ...values, version: 1, createdAt: now })
          .onConflictDoUpdate({
            target: commissionPlans.teamId,
            set: { ...values, version: sql`${commissionPlans.version} + 1` },
            setWhere: eq(commissionPlans.version, expectedVersion),
          })
          .returning();
        if (!row) return undefined;
        await audit(tx, teamId, 'plan_updated', userId, now, plan);
        const { teamId: _t, updatedByUserId: _b, createdAt: _c, updatedAt: _u, ...saved } = row;
        return saved;
      });
    },
  };
}
