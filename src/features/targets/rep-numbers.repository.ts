import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads, members } from '../../db/schema/index.js';
import { minorDigits } from './target-money.js';
import { DAY_COUNT_KINDS, DAY_COUNTS, type DayCounts, LEADERBOARD_ACTIVITY_KINDS } from './targets.types.js';

/** One stretch of time to count, for one member or (userId null) for everyone in the team. */
export interface CountWindow {
  key: string;
  userId: string | null;
  from: Date;
  to: Date;
}

/** The five counts plus every logged customer activity, as the leaderboard counts them. */
export type Tally = DayCounts & { activities: number };

export interface WonByOwner {
  /** Minor units of the team currency, of deals in that currency (or none given). */
  byOwner: Map<string, { amount: number; deals: number }>;
  /** Everyone's together, summed by the same statement (a rollup row). */
  total: { amount: number; deals: number };
  /** Deals won in another currency: counted as deals, never added to an amount. */
  otherCurrencyDeals: number;
}

export type RepNumbersRepository = ReturnType<typeof createRepNumbersRepository>;

const kindList = (kinds: readonly string[]) =>
  sql.join(
    kinds.map((kind) => sql`${kind}`),
    sql`, `,
  );

/**
 * What reps did, counted in SQL: activities by kind per window (one statement for any number of windows, each
 * with its own member and bounds), and money won per lead owner.
 */
export function createRepNumbersRepository({ db }: { db: Db }) {
  return {
    async tallies(teamId: string, windows: CountWindow[]): Promise<Map<string, Tally>> {
      const result = new Map<string, Tally>();
      if (windows.length === 0) return result;
      const values = sql.join(
        windows.map(
          (w) =>
            sql`(${w.key}, ${w.userId}::text, ${w.from.toISOString()}::timestamptz, ${w.to.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      );
      const counted = [...new Set([...Object.values(DAY_COUNT_KINDS).flat(), ...LEADERBOARD_ACTIVITY_KINDS])];
      const filter = (kinds: readonly string[]) =>
        sql`count(a.id) filter (where a.kind in (${kindList(kinds)}))`;
      const columns: SQL[] = DAY_COUNTS.map(
        (count) => sql`${filter(DAY_COUNT_KINDS[count])}::int as ${sql.identifier(count)}`,
      );
      const rows = (await db.execute(sql`
        select w.key, ${sql.join(columns, sql`, `)}, ${filter(LEADERBOARD_ACTIVITY_KINDS)}::int as activities
        from (values ${values}) as w(key, user_id, from_at, to_at)
        left join ${activities} a
          on a.team_id = ${teamId}
          and a.occurred_at >= w.from_at and a.occurred_at < w.to_at
          and (w.user_id is null or a.actor_user_id = w.user_id)
          and a.kind in (${kindList(counted)})
        group by w.key`)) as unknown as { rows: Record<string, unknown>[] };
      for (const row of rows.rows) {
        const tally = { activities: Number(row.activities ?? 0) } as Tally;
        for (const count of DAY_COUNTS) tally[count] = Number(row[count] ?? 0);
        result.set(String(row.key), tally);
      }
      return result;
    },

    /**
     * Deals won in `[from, to)` — leads still won whose (last) close falls in it — per lead owner, with the
     * amount won (the estimate when none was entered) summed in SQL as minor units of `currency`.
     */
    async wonByOwner(teamId: string, currency: string, from: Date, to: Date): Promise<WonByOwner> {
      const scale = 10 ** minorDigits(currency);
      const sameCurrency = sql`(${leads.currency} is null or ${leads.currency} = ${currency})`;
      const rows = await db
        .select({
          userId: sql<string | null>`${leads.ownerUserId}`,
          amount:
            sql<number>`coalesce(sum(round(coalesce(${leads.wonAmount}, ${leads.estimatedValue}, 0) * ${scale}::numeric)) filter (where ${sameCurrency}), 0)::bigint`.mapWith(
              Number,
            ),
          deals: sql<number>`count(*)::int`.mapWith(Number),
          other: sql<number>`(count(*) filter (where not ${sameCurrency}))::int`.mapWith(Number),
        })
        .from(leads)
        .where(
          and(
            eq(leads.teamId, teamId),
            eq(leads.stage, 'won'),
            sql`${leads.closedAt} >= ${from.toISOString()}::timestamptz`,
            sql`${leads.closedAt} < ${to.toISOString()}::timestamptz`,
            // Reached through the activities index: a lead last closed in the window was won in it.
            sql`${leads.id} in (select ${activities.leadId} from ${activities} where ${activities.teamId} = ${teamId}
              and ${activities.kind} = 'won' and ${activities.occurredAt} >= ${from.toISOString()}::timestamptz
              and ${activities.occurredAt} < ${to.toISOString()}::timestamptz)`,
          ),
        )
        // The rollup adds the team's row (owner null): the total is a SQL sum too.
        .groupBy(sql`rollup(${leads.ownerUserId})`)
        .orderBy(asc(leads.ownerUserId));
      const all = rows.find((row) => row.userId === null);
      return {
        byOwner: new Map(
          rows.flatMap((row) =>
            row.userId === null ? [] : [[row.userId, { amount: row.amount, deals: row.deals }]],
          ),
        ),
        total: { amount: all?.amount ?? 0, deals: all?.deals ?? 0 },
        otherCurrencyDeals: all?.other ?? 0,
      };
    },

    /** Display names of members (for the chart, which cannot render a Slack mention). */
    async displayNames(teamId: string, userIds: string[]): Promise<Map<string, string | null>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ userId: members.userId, displayName: members.displayName })
        .from(members)
        .where(and(eq(members.teamId, teamId), inArray(members.userId, userIds)));
      return new Map(rows.map((row) => [row.userId, row.displayName]));
    },

    /** Members with the rep role: the leaderboard lists them even on a quiet week. */
    async repIds(teamId: string): Promise<string[]> {
      const rows = await db
        .select({ userId: members.userId })
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.role, 'rep')))
        .orderBy(asc(members.userId));
      return rows.map((row) => row.userId);
    },
  };
}
