import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { scheduledRuns } from '../db/schema/index.js';
import type { DueRun } from './scheduler.types.js';

export type ScheduledRunRow = typeof scheduledRuns.$inferSelect;
export type ScheduledRunRepository = ReturnType<typeof createScheduledRunRepository>;

export interface ClaimPolicy {
  /** A run that failed, or was claimed but never finished, may be claimed again after this long. */
  retryAfterMs: number;
  /** Claims in all, the first included. */
  maxAttempts: number;
}

/**
 * Retry decision: a run that throws after it was claimed keeps its row with `error` set, and is claimed again —
 * by any instance — once `retryAfterMs` has passed, up to `maxAttempts` claims in all, for as long as its task
 * still lists it as due (that is, the same local day: `due()` never returns a past day's run, so a failure
 * never turns into a stale message tomorrow). The same re-claim covers an instance that died mid-run.
 * This is safe because tasks only enqueue outbox messages under idempotency keys derived from the run key, so
 * performing a run twice sends nothing twice.
 */
export const DEFAULT_CLAIM_POLICY: ClaimPolicy = { retryAfterMs: 10 * 60_000, maxAttempts: 3 };

export function createScheduledRunRepository({ db }: { db: Db }) {
  return {
    /**
     * True when this instance now owns `run`. One statement: the insert wins for the first instance; a later
     * instance wins only a run that failed or was abandoned (claimed long ago, never finished) and has attempts
     * left — and the row lock taken by ON CONFLICT DO UPDATE makes that re-claim go to exactly one instance too.
     */
    async claim(
      run: DueRun,
      instanceId: string,
      now: Date,
      policy: ClaimPolicy = DEFAULT_CLAIM_POLICY,
    ): Promise<boolean> {
      const staleBefore = new Date(now.getTime() - policy.retryAfterMs);
      const rows = await db
        .insert(scheduledRuns)
        .values({ key: run.key, teamId: run.teamId, kind: run.kind, claimedBy: instanceId, claimedAt: now })
        .onConflictDoUpdate({
          target: scheduledRuns.key,
          set: {
            claimedBy: instanceId,
            claimedAt: now,
            attempts: sql`${scheduledRuns.attempts} + 1`,
            error: null,
          },
          setWhere: sql`${scheduledRuns.finishedAt} is null
            and ${scheduledRuns.claimedAt} <= ${staleBefore.toISOString()}
            and ${scheduledRuns.attempts} < ${policy.maxAttempts}`,
        })
        .returning({ key: scheduledRuns.key });
      return rows.length === 1;
    },

    async finish(run: DueRun, instanceId: string, now: Date): Promise<void> {
      await db
        .update(scheduledRuns)
        .set({ finishedAt: now, error: null })
        .where(
          and(
            eq(scheduledRuns.teamId, run.teamId),
            eq(scheduledRuns.key, run.key),
            eq(scheduledRuns.claimedBy, instanceId),
          ),
        );
    },

    async recordError(run: DueRun, instanceId: string, error: string): Promise<void> {
      await db
        .update(scheduledRuns)
        .set({ error: error.slice(0, 2000) })
        .where(
          and(
            eq(scheduledRuns.teamId, run.teamId),
            eq(scheduledRuns.key, run.key),
            eq(scheduledRuns.claimedBy, instanceId),
          ),
        );
    },

    /** The keys among `keys` that need no claim attempt: finished, or out of attempts. Saves work per tick. */
    async settledKeys(keys: string[], maxAttempts: number): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .select({ key: scheduledRuns.key })
        .from(scheduledRuns)
        .where(
          and(
            sql`${scheduledRuns.key} in (${sql.join(
              keys.map((key) => sql`${key}`),
              sql`, `,
            )})`,
            sql`(${scheduledRuns.finishedAt} is not null or ${scheduledRuns.attempts} >= ${maxAttempts})`,
          ),
        );
      return new Set(rows.map((row) => row.key));
    },

    async findByKey(teamId: string, key: string): Promise<ScheduledRunRow | undefined> {
      const [row] = await db
        .select()
        .from(scheduledRuns)
        .where(and(eq(scheduledRuns.teamId, teamId), eq(scheduledRuns.key, key)));
      return row;
    },
  };
}
