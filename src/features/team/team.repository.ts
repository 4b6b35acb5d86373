import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members, teams } from '../../db/schema/index.js';
import type { Member, Role, SlackProfile, Team } from './team.types.js';

export type TeamRepository = ReturnType<typeof createTeamRepository>;

export function createTeamRepository({ db }: { db: Db }) {
  return {
    /** The team's row, created with defaults on first contact. */
    async ensureTeam(teamId: string): Promise<Team> {
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

    async listByRole(teamId: string, role: Role): Promise<Member[]> {
      return db
        .select()
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.role, role)));
    },
  };
}
