import type { Locale } from '../../i18n/index.js';
import { isValidTimeZone, localDate } from '../../lib/time-zone.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { Lead } from '../leads/leads.types.js';
import { localeOf } from '../team/team.usecases.js';
import { isWorkingDay } from '../team/work-calendar.js';
import type { FollowUpRepository, TimedFollowUpCandidate } from './followups.repository.js';
import { localMoment } from './followups.usecases.js';

/*
 * A follow-up set for a time of day (`/followup Acme tomorrow 3pm`, the card's follow-up form) gets a DM of its
 * own at that time in its owner's zone, besides the morning list. Like the morning list it is due from that time
 * to the end of the owner's local day (an instance that was down catches up), never on a day the team does not
 * work, never while the owner is on vacation.
 */

export const TIMED_REMINDER_KIND = 'followup-at';

export interface TimedReminderPayload {
  leadId: number;
  userId: string;
  date: string;
  time: string;
  locale: Locale;
  [key: string]: unknown;
}

export interface TimedReminderRun {
  kind: typeof TIMED_REMINDER_KIND;
  teamId: string;
  key: string;
  payload: TimedReminderPayload;
}

/**
 * Once per follow-up and day: the key holds the lead, the date and the time, so a follow-up moved to a later time
 * the same day is a new follow-up and reminds again, while the same one never reminds twice.
 */
export const timedReminderKey = (teamId: string, leadId: number, date: string, time: string) =>
  `${TIMED_REMINDER_KIND}:${teamId}:${leadId}:${date}:${time}`;

export function timedReminderFor(candidate: TimedFollowUpCandidate, now: Date): TimedReminderRun | null {
  const timeZone =
    candidate.timezone && isValidTimeZone(candidate.timezone) ? candidate.timezone : candidate.teamTimezone;
  const local = localMoment(now, timeZone);
  if (local.date !== candidate.date || local.time < candidate.time) return null;
  if (!isWorkingDay(local.date, candidate)) return null;
  if (candidate.vacationUntil && local.date <= candidate.vacationUntil) return null;
  const locale = localeOf(
    { language: candidate.language, slackLocale: candidate.slackLocale },
    { language: candidate.teamLanguage },
  );
  return {
    kind: TIMED_REMINDER_KIND,
    teamId: candidate.teamId,
    key: timedReminderKey(candidate.teamId, candidate.leadId, candidate.date, candidate.time),
    payload: {
      leadId: candidate.leadId,
      userId: candidate.ownerUserId,
      date: candidate.date,
      time: candidate.time,
      locale,
    },
  };
}

/** Every timed follow-up due at `now`, across teams. */
export async function dueTimedReminders(input: {
  followUps: FollowUpRepository;
  now: Date;
}): Promise<TimedReminderRun[]> {
  // From UTC−12 to UTC+14: every local date that is "today" somewhere at this moment.
  const earliest = localDate(input.now, 'Etc/GMT+12');
  const latest = localDate(input.now, 'Pacific/Kiritimati');
  const candidates = await input.followUps.timedFollowUps(earliest, latest);
  return candidates.map((candidate) => timedReminderFor(candidate, input.now)).filter((run) => run !== null);
}

/**
 * The lead a claimed timed reminder is about, if it still is: open, same owner, same date and time. A follow-up
 * done, moved or handed over since the run was listed is not reminded.
 */
export async function stillDueLead(input: {
  leads: Pick<LeadRepository, 'findById'>;
  teamId: string;
  payload: TimedReminderPayload;
}): Promise<Lead | null> {
  const { payload } = input;
  const lead = await input.leads.findById(input.teamId, payload.leadId);
  if (!lead || lead.stage === 'won' || lead.stage === 'lost') return null;
  if (lead.ownerUserId !== payload.userId) return null;
  if (lead.nextFollowUpOn !== payload.date || lead.nextFollowUpTime !== payload.time) return null;
  return lead;
}
