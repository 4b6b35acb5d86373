import { localDate } from '../../lib/time-zone.js';
import { normalizeTime } from '../digest/digest-calendar.js';
import type { ReminderCandidate } from '../followups/followups.repository.js';
import { localMoment, type ReminderRun, reminderFor } from '../followups/followups.usecases.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import { type Lead, OPEN_STAGES } from '../leads/leads.types.js';
import type { Team } from '../team/team.types.js';
import { localeOf } from '../team/team.usecases.js';
import { memberZone, type PlanDeps, plansVersusDone } from './daily-plan.usecases.js';
import type { DailyPlanRepository } from './daily-plans.repository.js';
import { teamWorkingDays } from './target-calendar.js';
import type { EndOfDayCandidate, TargetSettingsRepository } from './target-settings.repository.js';
import { DAY_COUNTS, DEFAULT_TARGET_SETTINGS, type PlanVsDone } from './targets.types.js';

export const END_OF_DAY_KIND = 'day-end';
/** The end-of-day DM suggests at most this many leads to log an activity on. */
export const END_OF_DAY_LEAD_LIMIT = 5;

/** A day a rep works: a working day of their team (the one calendar of targets) and not on vacation. */
function worksOn(candidate: ReminderCandidate, date: string): boolean {
  if (candidate.vacationUntil && date <= candidate.vacationUntil) return false;
  return teamWorkingDays(candidate)(date);
}

/** The end of the rep's working day, `HH:MM` in their zone: after it a check-in makes no sense any more. */
const endOfDay = (time: string | undefined) => normalizeTime(time, DEFAULT_TARGET_SETTINGS.endOfDayTime);

/**
 * Morning check-ins due at `now`: the same run (same key) as the rep's follow-up reminder, so the plan comes
 * in the same DM, at the rep's reminder time, on the days the reminder would go, and once. A catch-up later the
 * same day still carries it, until the end of the rep's working day.
 */
export async function dueCheckIns(input: {
  targetSettings: TargetSettingsRepository;
  now: Date;
}): Promise<ReminderRun[]> {
  const candidates = await input.targetSettings.checkInCandidates();
  return candidates.flatMap((candidate) => {
    const run = reminderFor(candidate, input.now);
    if (!run || !worksOn(candidate, run.payload.date)) return [];
    const local = localMoment(input.now, memberZone(candidate, { timezone: candidate.teamTimezone }));
    return local.time < endOfDay(candidate.endOfDayTime) ? [run] : [];
  });
}

/**
 * Whether a rep's morning DM on `date` carries the check-in at `now`: the team has it on, the member is a rep who
 * did not opt out, the date is a working day of the team (a reminder run can exist on a day the check-in skips)
 * and the rep's working day has not ended yet.
 */
export async function checkInApplies(input: {
  targetSettings: TargetSettingsRepository;
  dailyPlans: DailyPlanRepository;
  teams: PlanDeps['teams'];
  team: Team;
  userId: string;
  date: string;
  now: Date;
}): Promise<boolean> {
  const { team, userId } = input;
  if (!teamWorkingDays(team)(input.date)) return false;
  const [settings, member, optOut] = await Promise.all([
    input.targetSettings.get(team.teamId),
    input.teams.findMember(team.teamId, userId),
    input.dailyPlans.isCheckInOptOut(team.teamId, userId),
  ]);
  if (!settings.checkInEnabled || member?.role !== 'rep' || optOut) return false;
  const local = localMoment(input.now, memberZone(member, team));
  return local.date === input.date && local.time < endOfDay(settings.endOfDayTime);
}

export interface EndOfDayPayload {
  userId: string;
  date: string;
  locale: 'en' | 'zh-CN';
  [key: string]: unknown;
}

export interface EndOfDayRun {
  kind: typeof END_OF_DAY_KIND;
  teamId: string;
  key: string;
  payload: EndOfDayPayload;
}

/**
 * The end-of-day DM of a rep with a plan on `candidate.planDate`: due from the team's end-of-day time in the
 * rep's zone until the end of that local day, on days the rep works.
 */
export function endOfDayFor(candidate: EndOfDayCandidate, now: Date): EndOfDayRun | null {
  const local = localMoment(now, memberZone(candidate, { timezone: candidate.teamTimezone }));
  if (local.date !== candidate.planDate || !worksOn(candidate, local.date)) return null;
  if (local.time < endOfDay(candidate.endOfDayTime)) return null;
  return {
    kind: END_OF_DAY_KIND,
    teamId: candidate.teamId,
    key: `${END_OF_DAY_KIND}:${candidate.teamId}:${candidate.userId}:${local.date}`,
    payload: {
      userId: candidate.userId,
      date: local.date,
      locale: localeOf(
        { language: candidate.language, slackLocale: candidate.slackLocale },
        { language: candidate.teamLanguage },
      ),
    },
  };
}

export async function dueEndOfDay(input: {
  targetSettings: TargetSettingsRepository;
  now: Date;
}): Promise<EndOfDayRun[]> {
  const { now } = input;
  // UTC−12 and UTC+14 are the earliest and latest local dates anywhere now.
  const candidates = await input.targetSettings.endOfDayCandidates(
    localDate(now, 'Etc/GMT+12'),
    localDate(now, 'Pacific/Kiritimati'),
  );
  return candidates.map((candidate) => endOfDayFor(candidate, now)).filter((run) => run !== null);
}

export interface EndOfDayReport extends PlanVsDone {
  /** Open leads to log the missing work on: due follow-ups first, then the most recently active. */
  leads: Lead[];
}

/** What the end-of-day DM says: the plan against what was logged, and leads to log what is missing on. */
export async function endOfDayReport(input: {
  deps: Pick<PlanDeps, 'dailyPlans' | 'repNumbers' | 'teams'> & { leads: LeadRepository };
  team: Team;
  userId: string;
  date: string;
}): Promise<EndOfDayReport | null> {
  const { deps, team, userId, date } = input;
  const [row] = await plansVersusDone({ deps, team, date, userIds: [userId] });
  if (!row) return null;
  const missing = DAY_COUNTS.some((count) => count !== 'newRecords' && row.missing[count] > 0);
  if (!missing) return { ...row, leads: [] };
  const due = await deps.leads.dueForFollowUp(team.teamId, [userId], date, END_OF_DAY_LEAD_LIMIT);
  const recent = await deps.leads.query(team.teamId, {
    owners: [userId],
    stages: OPEN_STAGES,
    limit: END_OF_DAY_LEAD_LIMIT,
  });
  const leads = [...due];
  for (const lead of recent.leads)
    if (leads.length < END_OF_DAY_LEAD_LIMIT && !leads.some((known) => known.id === lead.id))
      leads.push(lead);
  return { ...row, leads };
}
