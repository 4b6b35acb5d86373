import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members, teams } from '../../db/schema/index.js';
import type { Member, Role, SlackProfile, Team } from './team.types.js';

export type TeamRepository = ReturnType<typeof createTeamRepository>;

export function createTeamRepository({ db }: { db: Db }) {
  return {
    /** The team's row, created with defaults on first contact. */
    async ensureTeam(teamId: string): Promise<Team> {
      // Every request asks; only the very first one writes. A plain read keeps the hot path free of writes.
      const [existing] = await db.select().from(teams).where(eq(teams.teamId, teamId));
      if (existing) return existing;
      const [row] = await db
        .insert(teams)
        .values({ teamId })
        .onConflictDoUpdate({ target: teams.teamId, set: { teamId: sql`excluded.team_id` } })
        .returning();
      if (!row) throw new Error('upsert returned no team row');
      return row;
    },

    async updateTeam(teamId: string, changes: Partial<Omit<Team, 'teamId'>>): Promise<Team | undefined> {
      const [row] = await db
        .update(teams)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(teams.teamId, teamId))
        .returning();
      return row;
    },

    async findMember(teamId: string, userId: string): Promise<Member | undefined> {
      const [row] = await db
        .select()
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.userId, userId)));
      return row;
    },

    /** Creates the member on first contact, or refreshes their cached Slack profile. */
    async saveProfile(
      teamId: string,
      userId: string,
      profile: SlackProfile,
      fetchedAt: Date,
    ): Promise<Member> {
      const values = {
        displayName: profile.displayName,
        slackLocale: profile.locale,
        timezone: profile.timezone,
        isWorkspaceAdmin: profile.isWorkspaceAdmin,
        profileFetchedAt: fetchedAt,
      };
      const [row] = await db
        .insert(members)
        .values({ teamId, userId, ...values })
        .onConflictDoUpdate({
          target: [members.teamId, members.userId],
          set: { ...values, updatedAt: fetchedAt },
        })
        .returning();
      if (!row) throw new Error('upsert returned no member row');
      return row;
    },

    /** Creates the member if needed (an admin may configure someone who never used the app yet). */
    async updateMember(
      teamId: string,
      userId: string,
      changes: Partial<
        Pick<
          Member,
          | 'role'
          | 'managerUserId'
          | 'language'
          | 'reminderTime'
          | 'vacationUntil'
          | 'delegateUserId'
          | 'delegateUntil'
        >
      >,
    ): Promise<Member> {
      const [row] = await db
        .insert(members)
        .values({ teamId, userId, ...changes })
        .onConflictDoUpdate({
          target: [members.teamId, members.userId],
          set: { ...changes, updatedAt: new Date() },
        })
        .returning();
      if (!row) throw new Error('upsert returned no member row');
      return row;
    },

    async listMembers(teamId: string): Promise<Member[]> {
      return db.select().from(members).where(eq(members.teamId, teamId)).orderBy(members.userId);
    },

    /** User ids reporting to `managerUserId`, directly or through other managers. */
    async listReportIds(teamId: string, managerUserId: string): Promise<string[]> {
      const result = (await db.execute(sql`
        with recursive reports(user_id, depth) as (
          select user_id, 1 from ${members} where team_id = ${teamId} and manager_user_id = ${managerUserId}
          union
          select m.user_id, r.depth + 1 from ${members} m join reports r on m.manager_user_id = r.user_id
          where m.team_id = ${teamId} and r.depth < 10
        )
        select distinct user_id from reports where user_id <> ${managerUserId}`)) as unknown as {
        rows: { user_id: string }[];
      };
      return result.rows.map((row) => row.user_id);
    },

    /**
     * Sets (or clears, with null) who `userId` reports to, unless `managerUserId` already reports to `userId`
     * directly or indirectly. The check and the write are one statement, serialised per team by a transaction
     * lock, so two opposite changes at the same moment cannot both pass and close a loop. False = refused.
     */
    async setManagerUnlessCycle(
      teamId: string,
      userId: string,
      managerUserId: string | null,
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`salesflow:reporting:${teamId}`}))`);
        const result = (await tx.execute(sql`
          with recursive chain(user_id, depth) as (
            select ${managerUserId}::text, 0
            union
            select m.manager_user_id, c.depth + 1 from ${members} m join chain c on m.user_id = c.user_id
            where m.team_id = ${teamId} and m.manager_user_id is not null and c.depth < 100
          )
          insert into ${members} (team_id, user_id, manager_user_id)
          select ${teamId}, ${userId}, ${managerUserId}
          where not exists (select 1 from chain where user_id = ${userId})
          on conflict (team_id, user_id)
          do update set manager_user_id = excluded.manager_user_id, updated_at = now()
          returning user_id`)) as unknown as { rows: { user_id: string }[] };
        return result.rows.length === 1;
      });
    },

    async listByRole(teamId: string, role: Role): Promise<Member[]> {
      return db
        .select()
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.role, role)));
    },
  };
}
