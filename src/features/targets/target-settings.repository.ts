import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dailyPlans, memberDayPreferences, members, targetSettings, teams } from '../../db/schema/index.js';
import type { ReminderCandidate } from '../followups/followups.repository.js';
import { reminderCandidateColumns, toReminderCandidate } from '../followups/reminder-candidates.js';
import { DEFAULT_TARGET_SETTINGS, type TargetSettings, type TargetSettingsChanges } from './targets.types.js';

/** A rep who gets the morning check-in, with the time their day ends (no check-in is sent after it). */
export interface CheckInCandidate extends ReminderCandidate {
  endOfDayTime: string;
}

/** A rep with a plan on `planDate` (one of the dates it can be somewhere on Earth now). */
export interface EndOfDayCandidate extends CheckInCandidate {
  planDate: string;
}

export type TargetSettingsRepository = ReturnType<typeof createTargetSettingsRepository>;

export function createTargetSettingsRepository({ db }: { db: Db }) {
  return {
    async get(teamId: string): Promise<TargetSettings> {
      const [row] = await db.select().from(targetSettings).where(eq(targetSettings.teamId, teamId));
      if (!row) return { teamId, ...DEFAULT_TARGET_SETTINGS };
      const { updatedAt: _at, updatedByUserId: _by, ...settings } = row;
      return settings;
    },

    /** Applies `changes` over the current settings (or the defaults) in one upsert. */
    async update(teamId: string, changes: TargetSettingsChanges, byUserId: string, at: Date) {
      const [row] = await db
        .insert(targetSettings)
        .values({ teamId, ...changes, updatedByUserId: byUserId, updatedAt: at })
        .onConflictDoUpdate({
          target: targetSettings.teamId,
          set: {
            ...changes,
            updatedByUserId: byUserId,
            updatedAt: at,
            version: sql`${targetSettings.version} + 1`,
          },
        })
        .returning();
      if (!row) throw new Error('upsert returned no settings');
      const { updatedAt: _at, updatedByUserId: _by, ...settings } = row;
      return settings;
    },

    /** Reps of teams with the morning check-in on, who did not opt out; each one's day is checked in the use case. */
    async checkInCandidates(): Promise<CheckInCandidate[]> {
      const result = (await db.execute(sql`
        select ${reminderCandidateColumns}, s.end_of_day_time
        from ${members} m
        join ${teams} t on t.team_id = m.team_id
        join ${targetSettings} s on s.team_id = m.team_id and s.check_in_enabled
        left join ${memberDayPreferences} p on p.team_id = m.team_id and p.user_id = m.user_id
        where m.role = 'rep' and not coalesce(p.check_in_opt_out, false)
        order by m.team_id, m.user_id`)) as unknown as { rows: Record<string, unknown>[] };
      return result.rows.map((row) => ({
        ...toReminderCandidate(row),
        endOfDayTime: String(row.end_of_day_time),
      }));
    },

    /** Members with a plan on a date between `earliestDate` and `latestDate` (every local date somewhere now). */
    async endOfDayCandidates(earliestDate: string, latestDate: string): Promise<EndOfDayCandidate[]> {
      const result = (await db.execute(sql`
        select ${reminderCandidateColumns}, d.plan_date::text as plan_date,
               coalesce(s.end_of_day_time, ${DEFAULT_TARGET_SETTINGS.endOfDayTime}) as end_of_day_time
        from ${dailyPlans} d
        join ${members} m on m.team_id = d.team_id and m.user_id = d.user_id
        join ${teams} t on t.team_id = d.team_id
        left join ${targetSettings} s on s.team_id = d.team_id
        where d.plan_date between ${earliestDate} and ${latestDate}
        order by d.team_id, d.user_id, d.plan_date`)) as unknown as { rows: Record<string, unknown>[] };
      return result.rows.map((row) => ({
        ...toReminderCandidate(row),
        planDate: String(row.plan_date),
        endOfDayTime: String(row.end_of_day_time),
      }));
    },

    /** Teams with a sales channel and `setting` on. */
    async teamsWith(setting: 'milestonesEnabled' | 'weeklyLeaderboardEnabled'): Promise<string[]> {
      const rows = await db
        .select({ teamId: targetSettings.teamId })
        .from(targetSettings)
        .innerJoin(teams, eq(teams.teamId, targetSettings.teamId))
        .where(sql`${targetSettings[setting]} and ${teams.salesChannelId} is not null`)
        .orderBy(targetSettings.teamId);
      return rows.map((row) => row.teamId);
    },
  };
}

/** node-postgres parses int[] to numbers; PGlite may hand back the array literal `{1,2,3}`. */
