import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dailyPlans, memberDayPreferences } from '../../db/schema/index.js';
import { DAY_COUNTS, type DailyPlan, type DayCounts } from './targets.types.js';

type PlanRow = typeof dailyPlans.$inferSelect;

function toPlan(row: PlanRow): DailyPlan {
  const counts = {} as DayCounts;
  for (const count of DAY_COUNTS) counts[count] = row[count];
  return {
    teamId: row.teamId,
    userId: row.userId,
    date: row.planDate,
    counts,
    source: row.source,
    version: row.version,
  };
}

export type DailyPlanRepository = ReturnType<typeof createDailyPlanRepository>;

export function createDailyPlanRepository({ db }: { db: Db }) {
  const key = (teamId: string, userId: string, date: string) =>
    and(eq(dailyPlans.teamId, teamId), eq(dailyPlans.userId, userId), eq(dailyPlans.planDate, date));

  return {
    async find(teamId: string, userId: string, date: string): Promise<DailyPlan | undefined> {
      const [row] = await db
        .select()
        .from(dailyPlans)
        .where(key(teamId, userId, date));
      return row ? toPlan(row) : undefined;
    },

    /** Stores the morning's suggestion unless the day already has a plan; returns the day's plan either way. */
    async suggest(teamId: string, userId: string, date: string, counts: DayCounts): Promise<DailyPlan> {
      const [inserted] = await db
        .insert(dailyPlans)
        .values({ teamId, userId, planDate: date, ...counts, source: 'suggested' })
        .onConflictDoNothing()
        .returning();
      if (inserted) return toPlan(inserted);
      const existing = await this.find(teamId, userId, date);
      if (!existing) throw new Error('daily plan vanished between insert and read');
      return existing;
    },

    /**
     * The rep's own plan, conditional on the version their form was built from: 0 means "there was no plan",
     * which only an insert can satisfy. Undefined = the plan changed meanwhile (the form is stale).
     */
    async save(input: {
      teamId: string;
      userId: string;
      date: string;
      counts: DayCounts;
      expectedVersion: number;
      at: Date;
    }): Promise<DailyPlan | undefined> {
      const { teamId, userId, date, counts, expectedVersion, at } = input;
      if (expectedVersion === 0) {
        const [row] = await db
          .insert(dailyPlans)
          .values({
            teamId,
            userId,
            planDate: date,
            ...counts,
            source: 'confirmed',
            createdAt: at,
            updatedAt: at,
          })
          .onConflictDoNothing()
          .returning();
        return row ? toPlan(row) : undefined;
      }
      const [row] = await db
        .update(dailyPlans)
        .set({ ...counts, source: 'confirmed', updatedAt: at, version: sql`${dailyPlans.version} + 1` })
        .where(and(key(teamId, userId, date), eq(dailyPlans.version, expectedVersion)))
        .returning();
      return row ? toPlan(row) : undefined;
    },

    /** The rep's most recent plans before `date`, newest first. */
    async recent(teamId: string, userId: string, beforeDate: string, limit: number): Promise<DailyPlan[]> {
      const rows = await db
        .select()
        .from(dailyPlans)
        .where(
          and(
            eq(dailyPlans.teamId, teamId),
            eq(dailyPlans.userId, userId),
            lt(dailyPlans.planDate, beforeDate),
          ),
        )
        .orderBy(desc(dailyPlans.planDate))
        .limit(limit);
      return rows.map(toPlan);
    },

    /** The plans of several members for one local date. */
    async forDate(teamId: string, userIds: string[] | 'all', date: string): Promise<DailyPlan[]> {
      if (userIds !== 'all' && userIds.length === 0) return [];
      const rows = await db
        .select()
        .from(dailyPlans)
        .where(
          and(
            eq(dailyPlans.teamId, teamId),
            eq(dailyPlans.planDate, date),
            userIds === 'all' ? undefined : inArray(dailyPlans.userId, userIds),
          ),
        )
        .orderBy(dailyPlans.userId);
      return rows.map(toPlan);
    },

    async setCheckInOptOut(teamId: string, userId: string, optOut: boolean, at: Date): Promise<void> {
      await db
        .insert(memberDayPreferences)
        .values({ teamId, userId, checkInOptOut: optOut, updatedAt: at })
        .onConflictDoUpdate({
          target: [memberDayPreferences.teamId, memberDayPreferences.userId],
          set: { checkInOptOut: optOut, updatedAt: at },
        });
    },

    async isCheckInOptOut(teamId: string, userId: string): Promise<boolean> {
      const [row] = await db
        .select({ optOut: memberDayPreferences.checkInOptOut })
        .from(memberDayPreferences)
        .where(and(eq(memberDayPreferences.teamId, teamId), eq(memberDayPreferences.userId, userId)));
      return row?.optOut ?? false;
    },
  };
}
