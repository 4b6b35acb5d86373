import type { AppDeps } from '../../deps.js';
import type { ManagerMorning } from '../../features/digest/digest.types.js';
import { managerMornings, teamDigestKey, weeklySummary } from '../../features/digest/digest.usecases.js';
import { localTime, normalizeTime, shiftDate, weekdayOf } from '../../features/digest/digest-calendar.js';
import { TEAM_DIGEST_KIND, teamDigestContent } from '../../features/digest/digest-now.usecases.js';
import { plansVersusDone } from '../../features/targets/daily-plan.usecases.js';
import { planDateBefore, plansByManager } from '../../features/targets/digest-targets.usecases.js';
import type { Team } from '../../features/team/team.types.js';
import { memberLocale } from '../../features/team/team.usecases.js';
import { firstWorkingDayOfWeek, isWorkingDay } from '../../features/team/work-calendar.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import {
  composeTeamDigest,
  managerMorningMessages,
  weeklySummaryMessages,
} from '../../slack/digest/digest-messages.js';
import { planVsDoneBlocks } from '../../slack/views/targets/day-views.js';
import type { DueRun, ScheduledTask } from '../scheduler.types.js';
import { withManagerReceivables } from './receivables-digest.js';

export const DEFAULT_DIGEST_TIME = '08:30';
type DigestDeps = Pick<
  AppDeps,
  'digest' | 'teams' | 'outbox' | 'targets' | 'repNumbers' | 'collected' | 'dailyPlans' | 'overdue'
>;
type WithChannel = Team & { salesChannelId: string };

const hasChannel = (team: Team): team is WithChannel => Boolean(team.salesChannelId);

/** Teams whose local time has reached their digest time today (catch-up: later the same day still counts). */
async function teamsAtDigestTime(deps: DigestDeps, now: Date): Promise<{ team: Team; date: string }[]> {
  const due: { team: Team; date: string }[] = [];
  for (const team of await deps.digest.listTeams()) {
    const date = localDate(now, team.timezone);
    if (localTime(now, team.timezone) >= normalizeTime(team.digestTime, DEFAULT_DIGEST_TIME)) {
      due.push({ team, date });
    }
  }
  return due;
}

const dateOf = (run: DueRun) => String(run.payload?.date ?? '');

/** A manager's morning with nothing but their reports' plans to show. */
const quietMorning = (managerUserId: string, locale: Locale, date: string): ManagerMorning => ({
  managerUserId,
  locale,
  date,
  approvals: [],
  overdue: { total: 0, byRep: [], leads: [] },
  quietReps: [],
});

/** Team digest to the sales channel at the team's digest time, on working days, when a channel is set. */
export function createTeamDigestTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: TEAM_DIGEST_KIND,
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => hasChannel(team) && isWorkingDay(date, team))
        .map(({ team, date }) => ({
          kind: TEAM_DIGEST_KIND,
          teamId: team.teamId,
          key: teamDigestKey(team.teamId, date),
          payload: { date },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const content = await teamDigestContent({ ...deps, team, date: dateOf(run), now });
      await deps.outbox.enqueue(await composeTeamDigest({ content, team, key: run.key, now }));
    },
  };
}

/** Each manager's morning DM, at the team's digest time on working days. */
export function createManagerMorningTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: 'digest-managers',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => isWorkingDay(date, team))
        .map(({ team, date }) => ({
          kind: 'digest-managers',
          teamId: team.teamId,
          key: `digest-managers:${team.teamId}:${date}`,
          payload: { date },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      const date = dateOf(run);
      const mornings = await managerMornings({ ...deps, team, date, now });
      // Yesterday's plan against what was done, per report: a manager with nothing else to act on gets it too.
      const planDate = planDateBefore(team, date);
      const plans = await plansVersusDone({ deps, team, date: planDate, userIds: 'all' });
      const managers = await deps.digest.listManagers(team.teamId);
      const byManager = await plansByManager({ teams: deps.teams, team, managers, plans });
      for (const managerUserId of byManager.keys()) {
        if (mornings.some((morning) => morning.managerUserId === managerUserId)) continue;
        const locale = await memberLocale({ teams: deps.teams, team, userId: managerUserId });
        mornings.push(quietMorning(managerUserId, locale, date));
      }
      const extra = (managerUserId: string, t: Translate) =>
        planVsDoneBlocks(byManager.get(managerUserId) ?? [], planDate, t);
      const messages = managerMorningMessages({ team, mornings, now, key: run.key, extra });
      await deps.outbox.enqueue(await withManagerReceivables(deps, { team, date, messages }));
    },
  };
}

/**
 * The summary of last week, to the sales channel at the digest time on the first working day of the week (Monday,
 * or the first day after a holiday: a week that starts with the Spring Festival gets it when work resumes). The
 * key is the week's Monday, so it goes out once a week.
 */
export function createWeeklySummaryTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: 'digest-weekly',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => hasChannel(team) && firstWorkingDayOfWeek(date, team) === date)
        .map(({ team, date }) => {
          const monday = shiftDate(date, 1 - weekdayOf(date));
          return {
            kind: 'digest-weekly',
            teamId: team.teamId,
            key: `digest-weekly:${team.teamId}:${monday}`,
            payload: { date: monday },
          };
        });
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const summary = await weeklySummary({ digest: deps.digest, team, monday: dateOf(run) });
      await deps.outbox.enqueue(weeklySummaryMessages({ team, summary, now, key: run.key }));
    },
  };
}

export function createDigestTasks(deps: DigestDeps): ScheduledTask[] {
  return [createTeamDigestTask(deps), createManagerMorningTask(deps), createWeeklySummaryTask(deps)];
}
