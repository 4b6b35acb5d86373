import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { homeViews } from '../../db/schema/index.js';

export type HomeViewRepository = ReturnType<typeof createHomeViewRepository>;

/** One Home to re-publish, held by the refresher that claimed it until `leaseUntil`. */
export interface ClaimedHome {
  teamId: string;
  userId: string;
  leaseUntil: Date;
  /** When the changes it will show began (null when it is retaken after a lease ran out). */
  dirtySince: Date | null;
}

export interface ClaimRules {
  now: Date;
  /** A Home is published at most once per this window, and not before its first change is this old. */
  debounceMs: number;
  leaseMs: number;
  limit: number;
  /** views.publish calls allowed in the last minute (Slack's Tier 4); publishes on open count too. */
  perMinute: number;
}

const iso = (date: Date) => date.toISOString();

/**
 * Who has opened Home and whose Home is stale. Every state change is one conditional statement: a change marks
 * rows dirty with COALESCE (the first change is kept), a claim takes due rows with FOR UPDATE SKIP LOCKED and
 * clears them in the same statement, so two instances never publish the same change twice.
 */
export function createHomeViewRepository({ db }: { db: Db }) {
  return {
    /** The user opened Home and gets it fresh now: recorded, current, published at `now`. */
    async recordOpened(teamId: string, userId: string, now: Date): Promise<void> {
      await db
        .insert(homeViews)
        .values({ teamId, userId, openedAt: now, publishedAt: now })
        .onConflictDoUpdate({
          target: [homeViews.teamId, homeViews.userId],
          set: { openedAt: now, publishedAt: now, dirtySince: null },
        });
    },

    /** Marks the Homes of `userIds` (`all`: the whole team) stale, for those who have opened Home. */
    async markDirty(teamId: string, userIds: string[] | 'all', now: Date): Promise<number> {
      if (userIds !== 'all' && userIds.length === 0) return 0;
      const rows = await db
        .update(homeViews)
        .set({ dirtySince: sql`coalesce(${homeViews.dirtySince}, ${iso(now)}::timestamptz)` })
        .where(
          and(
            eq(homeViews.teamId, teamId),
            userIds === 'all' ? undefined : inArray(homeViews.userId, userIds),
          ),
        )
        .returning({ userId: homeViews.userId });
      return rows.length;
    },

    /**
     * Marks stale, in one statement, the Homes that show a change to `ownerUserId`'s work: hers, her manager
     * chain's (ten levels at most, so a loop in bad data ends), the admins' and workspace admins' and, for money,
     * finance's — of those who have opened Home. One statement, not a read of the team's members and a write: it
     * runs after every change a person makes (test/e2e/round-trips.test.ts counts them).
     */
    async markDirtyFor(teamId: string, ownerUserId: string, money: boolean, now: Date): Promise<number> {
      const result = (await db.execute(sql`
        with recursive chain (user_id, depth) as (
          select ${ownerUserId}::text, 0
          union all
          select m.manager_user_id, chain.depth + 1 from members m
          join chain on m.team_id = ${teamId} and m.user_id = chain.user_id
          where m.manager_user_id is not null and chain.depth < 10
        )
        update ${homeViews} set dirty_since = coalesce(dirty_since, ${iso(now)}::timestamptz)
        where team_id = ${teamId} and (
          user_id in (select user_id from chain)
          or user_id in (select user_id from members where team_id = ${teamId}
            and (role = 'admin' or is_workspace_admin or (${money} and role = 'finance'))))
        returning user_id`)) as unknown as { rows: unknown[] };
      return result.rows.length;
    },

    /**
     * Takes the Homes due for a refresh: stale since at least the debounce and not published within it, or held
     * by a refresher whose lease ran out. At most `limit`, and no more than what is left of the minute's
     * views.publish allowance (counted from the rows' last publish, across every instance).
     */
    async claimDue(rules: ClaimRules): Promise<ClaimedHome[]> {
      const now = iso(rules.now);
      const settled = iso(new Date(rules.now.getTime() - rules.debounceMs));
      const minuteAgo = iso(new Date(rules.now.getTime() - 60_000));
      const leaseUntil = new Date(rules.now.getTime() + rules.leaseMs);
      const result = (await db.execute(sql`
        with due as (
          select team_id, user_id, dirty_since from ${homeViews}
          where (publishing_until is null and dirty_since <= ${settled}::timestamptz
                 and (published_at is null or published_at <= ${settled}::timestamptz))
             or publishing_until < ${now}::timestamptz
          order by dirty_since nulls first, team_id, user_id
          limit greatest(0, least(${rules.limit}, ${rules.perMinute} - (
            select count(*) from ${homeViews} where published_at > ${minuteAgo}::timestamptz)))
          for update skip locked
        )
        update ${homeViews} h
        set dirty_since = null, published_at = ${now}::timestamptz,
          publishing_until = ${iso(leaseUntil)}::timestamptz
        from due
        where h.team_id = due.team_id and h.user_id = due.user_id
        returning h.team_id, h.user_id, due.dirty_since`)) as unknown as {
        rows: { team_id: string; user_id: string; dirty_since: string | Date | null }[];
      };
      return result.rows.map((row) => ({
        teamId: row.team_id,
        userId: row.user_id,
        leaseUntil,
        dirtySince: row.dirty_since === null ? null : new Date(row.dirty_since),
      }));
    },

    /** The claimed Home was published: the lease is let go (only by the refresher that still holds it). */
    async finish(home: ClaimedHome): Promise<void> {
      await db
        .update(homeViews)
        .set({ publishingUntil: null })
        .where(
          and(
            eq(homeViews.teamId, home.teamId),
            eq(homeViews.userId, home.userId),
            eq(homeViews.publishingUntil, home.leaseUntil),
          ),
        );
    },

    /**
     * The publish failed: the Home is stale again from its first change. `retryAt` (a rate limit's Retry-After)
     * makes it due then instead of a debounce later.
     */
    async release(
      home: ClaimedHome,
      input: { now: Date; retryAt?: Date; debounceMs: number },
    ): Promise<void> {
      const since = home.dirtySince ?? input.now;
      const published = input.retryAt
        ? new Date(input.retryAt.getTime() - input.debounceMs)
        : homeViews.publishedAt;
      await db
        .update(homeViews)
        .set({
          publishingUntil: null,
          publishedAt: published,
          dirtySince: sql`least(coalesce(${homeViews.dirtySince}, ${iso(since)}::timestamptz), ${iso(since)}::timestamptz)`,
        })
        .where(
          and(
            eq(homeViews.teamId, home.teamId),
            eq(homeViews.userId, home.userId),
            eq(homeViews.publishingUntil, home.leaseUntil),
          ),
        );
    },

    /** Slack says the user is gone (deactivated, deleted): their Home is never published again. */
    async forget(teamId: string, userId: string): Promise<void> {
      await db.delete(homeViews).where(and(eq(homeViews.teamId, teamId), eq(homeViews.userId, userId)));
    },
  };
}
