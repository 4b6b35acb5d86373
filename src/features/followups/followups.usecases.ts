import type { Clock } from '../../lib/clock.js';
import { dateTimeFormat } from '../../lib/intl-cache.js';
import { addDays, isoWeekday, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { parseFollowUpDate } from '../../lib/parse/dates.js';
import { isValidTimeZone, localDate } from '../../lib/time-zone.js';
import { beyondHorizon } from '../leads/follow-up-horizon.js';
import { type ProgressResult, setFollowUp } from '../leads/lead-progress.usecases.js';
import type { SeenVersion } from '../leads/lead-versions.js';
import type { Lead } from '../leads/leads.types.js';
import { type LeadDeps, listLeads, loadVisibleLead, todayFor } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { localeOf } from '../team/team.usecases.js';
import { isWorkingDay } from '../team/work-calendar.js';
import { NoLeadMatchesError, VacationInPastError, VacationTooFarError } from './followups.errors.js';
import type { FollowUpRepository, ReminderCandidate } from './followups.repository.js';

export const REMINDER_KIND = 'followups';
/** The DM lists this many leads and summarises the rest (Slack allows 50 blocks; each lead takes two). */
export const REMINDER_LEAD_LIMIT = 20;

/** One user's reminder for one local day; the scheduler claims it by `key` (it is a scheduler DueRun). */
export interface ReminderRun {
  kind: typeof REMINDER_KIND;
  teamId: string;
  key: string;
  payload: ReminderPayload;
}

export interface ReminderPayload {
  userId: string;
  date: string;
  locale: 'en' | 'zh-CN';
  [key: string]: unknown;
}

/** The local date, `HH:MM` and ISO weekday at `instant` in `timeZone`. */
export function localMoment(
  instant: Date,
  timeZone: string,
): { date: string; time: string; weekday: number } {
  const date = localDate(instant, timeZone);
  const time = dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { date, time, weekday: isoWeekday(requireIsoDate(date)) };
}

export const reminderKey = (teamId: string, userId: string, date: string) =>
  `${REMINDER_KIND}:${teamId}:${userId}:${date}`;

/**
 * Whether `candidate` gets a reminder at `now`, and for which local date. Due from their reminder time until
 * the end of that local day (so an instance that was down at 09:00 still sends it at 11:00), never on a
 * non-working day of their team's calendar (weekly days off, public and team holidays; yes on a make-up
 * working day), never while on vacation (until and including `vacationUntil`).
 */
export function reminderFor(candidate: ReminderCandidate, now: Date): ReminderRun | null {
  const timeZone =
    candidate.timezone && isValidTimeZone(candidate.timezone) ? candidate.timezone : candidate.teamTimezone;
  const local = localMoment(now, timeZone);
  if (!isWorkingDay(local.date, candidate)) return null;
  if (candidate.vacationUntil && local.date <= candidate.vacationUntil) return null;
  if (local.time < candidate.reminderTime) return null;
  const payload: ReminderPayload = {
    userId: candidate.userId,
    date: local.date,
    locale: localeOf(
      { language: candidate.language, slackLocale: candidate.slackLocale },
      { language: candidate.teamLanguage },
    ),
  };
  return {
    kind: REMINDER_KIND,
    teamId: candidate.teamId,
    key: reminderKey(candidate.teamId, candidate.userId, local.date),
    payload,
  };
}

/** Every reminder due at `now`, across teams. */
export async function dueReminders({
  followUps,
  now,
}: {
  followUps: FollowUpRepository;
  now: Date;
}): Promise<ReminderRun[]> {
  // UTC+14 is the furthest ahead any zone gets: no one's "today" is later than that date.
  const latest = localDate(now, 'Pacific/Kiritimati');
  const candidates = await followUps.reminderCandidates(latest);
  return candidates.map((candidate) => reminderFor(candidate, now)).filter((run) => run !== null);
}

export interface DueList {
  date: string;
  /** The oldest overdue leads and today's, at most REMINDER_LEAD_LIMIT in all. */
  overdue: Lead[];
  today: Lead[];
  /** How many are overdue and due today in all, listed or not. */
  overdueCount: number;
  todayCount: number;
}

/** A rep's own open leads due on or before `date`: overdue first, then today's, oldest first. */
export async function dueList(input: {
  leads: LeadDeps['leads'];
  teamId: string;
  userId: string;
  date: string;
}): Promise<DueList> {
  const { teamId, userId, date } = input;
  const listed = await input.leads.dueForFollowUp(teamId, [userId], date, REMINDER_LEAD_LIMIT);
  const overdue = listed.filter((lead) => (lead.nextFollowUpOn ?? date) < date);
  const today = listed.filter((lead) => lead.nextFollowUpOn === date);
  // A full page may not be all of it: count the rest (a rep back from holiday can have thousands).
  const counts =
    listed.length < REMINDER_LEAD_LIMIT
      ? { overdue: overdue.length, today: today.length }
      : await input.leads.dueCounts(teamId, [userId], date);
  return {
    date,
    overdue,
    today,
    overdueCount: counts.overdue,
    todayCount: counts.today,
  };
}

/** `/followup` with no arguments: what the caller must follow up now. */
export function dueNow(deps: LeadDeps & { actor: Actor }): Promise<DueList> {
  const { actor } = deps;
  return dueList({ ...deps, teamId: actor.teamId, userId: actor.userId, date: todayFor(actor, deps.clock) });
}

export const SNOOZE_CHOICES = ['1d', '3d', 'next_week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

/** Moves the follow-up to tomorrow, in three days, or next Monday, counted from the rep's today. */
export function snoozeDate(choice: SnoozeChoice, today: string): string {
  const base = requireIsoDate(today);
  if (choice === '1d') return toIso(addDays(base, 1));
  if (choice === '3d') return toIso(addDays(base, 3));
  return parseFollowUpDate('next week', today)?.date ?? toIso(addDays(base, 7));
}

export function snoozeFollowUp(
  deps: LeadDeps & { actor: Actor; leadId: number; choice: SnoozeChoice; seen?: SeenVersion },
): Promise<ProgressResult<'date' | 'time' | 'note'>> {
  const date = snoozeDate(deps.choice, todayFor(deps.actor, deps.clock));
  return setFollowUp({ ...deps, form: { date, time: null, note: null } });
}

/** Sets the next follow-up from `/followup <lead> <when> [note]`; authorization is `setFollowUp`'s. */
export function scheduleFollowUp(
  deps: LeadDeps & {
    actor: Actor;
    leadId: number;
    date: string;
    time?: string | null;
    note?: string | null;
    /** Set when the lead was picked from a list: the version that list showed. */
    seen?: SeenVersion;
  },
): Promise<ProgressResult<'date' | 'time' | 'note'>> {
  return setFollowUp({
    ...deps,
    form: { date: deps.date, time: deps.time ?? null, note: deps.note ?? null },
  });
}

export const PICK_LIMIT = 5;

/** The lead `text` names, found as `/lead <text>` finds it (`#42` by id); several → the caller picks. */
export async function findLeadByText(
  deps: LeadDeps & { actor: Actor; text: string },
): Promise<{ kind: 'one'; lead: Lead } | { kind: 'many'; leads: Lead[]; total: number }> {
  const byId = /^#(\d{1,15})$/.exec(deps.text.trim());
  if (byId?.[1]) return { kind: 'one', lead: await loadVisibleLead({ ...deps, leadId: Number(byId[1]) }) };
  const { leads, total } = await listLeads({ ...deps, filter: { kind: 'search', text: deps.text.trim() } });
  const open = leads.filter((lead) => lead.stage !== 'won' && lead.stage !== 'lost');
  const candidates = open.length > 0 ? open : leads;
  if (candidates.length === 0) throw new NoLeadMatchesError(deps.text);
  if (candidates.length === 1 && candidates[0]) return { kind: 'one', lead: candidates[0] };
  return { kind: 'many', leads: candidates.slice(0, PICK_LIMIT), total: Math.max(total, candidates.length) };
}

/** `/followup vacation until <date>` (null ends it): mutes the caller's reminders through that local date. */
export async function setVacation(input: {
  teams: TeamRepository;
  clock: Clock;
  actor: Actor;
  until: string | null;
}): Promise<{ until: string | null }> {
  const { actor } = input;
  const today = todayFor(actor, input.clock);
  if (input.until !== null && input.until < today) throw new VacationInPastError(input.until);
  if (input.until !== null && beyondHorizon(input.until, today)) throw new VacationTooFarError(input.until);
  await input.teams.updateMember(actor.teamId, actor.userId, { vacationUntil: input.until });
  return { until: input.until };
}
