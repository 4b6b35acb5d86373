import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parseIntArray, parseTextArray } from '../../db/pg-arrays.js';
import { leads, members, teams } from '../../db/schema/index.js';
import {
  type ReminderCandidate,
  reminderCandidateColumns,
  toReminderCandidate,
} from './reminder-candidates.js';

export type { ReminderCandidate };

/** An open lead's follow-up set for a time of day, with what its owner's reminder depends on. */
export interface TimedFollowUpCandidate {
  teamId: string;
  leadId: number;
  ownerUserId: string;
  date: string;
  time: string;
  timezone: string | null;
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
    /**
     * Open leads of every team whose follow-up is set for a time of day on a date from `earliest` to `latest`
     * (the local dates anywhere on Earth at this moment); each owner's own date and time are checked in the use
     * case. Uses the partial index on timed follow-ups.
     */
    async timedFollowUps(earliest: string, latest: string): Promise<TimedFollowUpCandidate[]> {
      const result = (await db.execute(sql`
        select l.team_id, l.id as lead_id, l.owner_user_id, l.next_follow_up_on::text as date,
               l.next_follow_up_time as time, m.timezone, m.vacation_until::text as vacation_until,
               m.language, m.slack_locale, t.timezone as team_timezone, t.language as team_language,
               t.working_days, t.holiday_country, t.holidays
        from ${leads} l
        join ${teams} t on t.team_id = l.team_id
        left join ${members} m on m.team_id = l.team_id and m.user_id = l.owner_user_id
        where l.next_follow_up_time is not null
          and l.next_follow_up_on between ${earliest} and ${latest}
          and l.stage not in ('won', 'lost')
        order by l.team_id, l.id`)) as unknown as { rows: Record<string, unknown>[] };
      return result.rows.map((row) => ({
        teamId: String(row.team_id),
        leadId: Number(row.lead_id),
        ownerUserId: String(row.owner_user_id),
        date: String(row.date),
        time: String(row.time),
        timezone: (row.timezone as string | null) ?? null,
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

    /**
     * Members of every team who own an open lead due on or before `latestLocalDate` — the latest calendar date
     * anywhere on Earth at this moment (UTC+14), so nobody is missed; each one's own local date is checked
     * in the use case. Uses the (team_id, next_follow_up_on) index through the join.
     */
    async reminderCandidates(latestLocalDate: string): Promise<ReminderCandidate[]> {
      const result = (await db.execute(sql`
        select ${reminderCandidateColumns}
        from ${members} m
        join ${teams} t on t.team_id = m.team_id
        where exists (
          select 1 from ${leads} l
          where l.team_id = m.team_id and l.owner_user_id = m.user_id
            and l.stage not in ('won', 'lost') and l.next_follow_up_on <= ${latestLocalDate}
        )
        order by m.team_id, m.user_id`)) as unknown as { rows: Record<string, unknown>[] };
      return result.rows.map(toReminderCandidate);
    },
  };
}
