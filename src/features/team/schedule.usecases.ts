import type { Clock } from '../../lib/clock.js';
import { addDays, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { localDate } from '../../lib/time-zone.js';
import { parseTimeOfDay } from './schedule-settings.js';
import type { TeamRepository } from './team.repository.js';
import type { Actor, Member, Team } from './team.types.js';
import { InvalidReminderTimeError } from './team-admin.errors.js';
import { type DayKind, unknownHolidayYears, upcomingDaysOff } from './work-calendar.js';

/** How far ahead the settings form looks for days off, and how many it names. */
export const PREVIEW_DAYS = 60;
export const PREVIEW_LIMIT = 12;

export interface CalendarPreview {
  upcoming: { date: string; kind: DayKind }[];
  /** Years in the preview window whose public schedule the installed library does not know (China). */
  unknownYears: number[];
}

/** The coming days off the settings form shows under the holiday inputs, from the team's today. */
export function teamCalendarPreview(input: { team: Team; clock: Clock }): CalendarPreview {
  const { team } = input;
  const today = localDate(input.clock.now(), team.timezone);
  const until = toIso(addDays(requireIsoDate(today), PREVIEW_DAYS));
  return {
    upcoming: upcomingDaysOff(today, team, { days: PREVIEW_DAYS, limit: PREVIEW_LIMIT }),
    unknownYears: unknownHolidayYears(team, today, until),
  };
}

/**
 * `/salesflow me reminder 08:30`: the caller's own follow-up reminder time, in their own time zone. Anyone may
 * set theirs; the reminder still comes only on the team's working days.
 */
export async function setMyReminderTime(input: {
  teams: TeamRepository;
  actor: Actor;
  text: string;
}): Promise<{ member: Member; time: string }> {
  const time = parseTimeOfDay(input.text);
  if (!time) throw new InvalidReminderTimeError(input.text.trim());
  const member = await input.teams.updateMember(input.actor.teamId, input.actor.userId, {
    reminderTime: time,
  });
  return { member, time };
}
