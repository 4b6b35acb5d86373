import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { approvalPolicies } from '../../db/schema/index.js';
import type { ApprovalPolicy } from './approvals.types.js';

export type ApprovalPolicyRepository = ReturnType<typeof createApprovalPolicyRepository>;

export function createApprovalPolicyRepository({ db }: { db: Db }) {
  return {
    async find(teamId: string): Promise<ApprovalPolicy | undefined> {
      const [row] = await db.select().from(approvalPolicies).where(eq(approvalPolicies.teamId, teamId));
      if (!row) return undefined;
      const { teamId: _team, updatedByUserId: _by, createdAt: _c, updatedAt: _u, ...policy } = row;
      return policy;
    },

    async save(teamId: string, policy: ApprovalPolicy, userId: string, now: Date): Promise<void> {
      const values = { ...policy, updatedByUserId: userId, updatedAt: now };
      await db
        .insert(approvalPolicies)
        .values({ teamId, ...values })
        .onConflictDoUpdate({ target: approvalPolicies.teamId, set: values });
    },
  };
}
