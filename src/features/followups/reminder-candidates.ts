import { sql } from 'drizzle-orm';
import { parseIntArray, parseTextArray } from '../../db/pg-arrays.js';

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

/**
 * The columns of a morning-DM candidate, from `members m join teams t`: follow-ups, money owed and the day's
 * check-in each find their own reps, and all go out in the same DM at the rep's reminder time.
 */
export const reminderCandidateColumns = sql`
  m.team_id, m.user_id, m.timezone, m.reminder_time, m.vacation_until::text as vacation_until, m.language,
  m.slack_locale, t.timezone as team_timezone, t.language as team_language, t.working_days,
  t.holiday_country, t.holidays`;

export function toReminderCandidate(row: Record<string, unknown>): ReminderCandidate {
  return {
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
  };
}
