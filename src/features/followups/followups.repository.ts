import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parseIntArray, parseTextArray } from '../../db/pg-arrays.js';
import { leads, members, teams } from '../../db/schema/index.js';

/** A member with open leads due, and the team settings their reminder depends on. */
export interface ReminderCandidate {
  teamId: string;
  userId: string;
  timezone: string | null;
  reminderTime: string;
  vacationUntil: string | null;
  language: string | null;
  slackLocale: string | null;
  teamTimezone: string;
  teamLanguage: string | null;
  workingDays: number[];
  holidayCountry: string | null;
  holidays: string[];
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;

export function createFollowUpRepository({ db }: { db: Db }) {
  return {
    /** How many open leads of `userId` are due on or before `date` (the reminder lists at most 20). */
    async countDue(teamId: string, userId: string, date: string): Promise<number> {
      const result = (await db.execute(sql`
        select count(*)::int as count from ${leads}
        where team_id = ${teamId} and owner_user_id = ${userId}
          and stage not in ('won', 'lost') and next_follow_up_on <= ${date}`)) as unknown as {
        rows: { count: number | string }[];
      };
      return Number(result.rows[0]?.count ?? 0);
    },

    /**
     * Members of every team who own an open lead due on or before `latestLocalDate` — the latest calendar date
     * anywhere on Earth at this moment (UTC+14), so nobody is missed; each one's own local date is checked
     * in the use case. Uses the (team_id, next_follow_up_on) index through the join.
     */
    async reminderCandidates(latestLocalDate: string): Promise<ReminderCandidate[]> {
      const result = (await db.execute(sql`
        select m.team_id, m.user_id, m.timezone, m.reminder_time, m.vacation_until::text as vacation_until,
               m.language, m.slack_locale, t.timezone as team_timezone, t.language as team_language,
               t.working_days, t.holiday_country, t.holidays
        from ${members} m
        join ${teams} t on t.team_id = m.team_id
        where exists (
          select 1 from ${leads} l
          where l.team_id = m.team_id and l.owner_user_id = m.user_id
            and l.stage not in ('won', 'lost') and l.next_follow_up_on <= ${latestLocalDate}
        )
        order by m.team_id, m.user_id`)) as unknown as { rows: Record<string, unknown>[] };
      return result.rows.map((row) => ({
        teamId: String(row.team_id),
        userId: String(row.user_id),
        timezone: (row.timezone as string | null) ?? null,
        reminderTime: String(row.reminder_time),
        vacationUntil: (row.vacation_until as string | null) ?? null,
        language: (row.language as string | null) ?? null,
        slackLocale: (row.slack_locale as string | null) ?? null,
        teamTimezone: String(row.team_timezone),
        teamLanguage: (row.team_language as string | null) ?? null,
        workingDays: parseIntArray(row.working_days),
        holidayCountry: (row.holiday_country as string | null) ?? null,
        holidays: parseTextArray(row.holidays),
      }));
    },
  };
}
