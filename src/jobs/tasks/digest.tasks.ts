import type { AppDeps } from '../../deps.js';
import { teamDigest, teamDigestKey } from '../../features/digest/digest.usecases.js';
import { isWorkingDay, localTime, normalizeTime, weekdayOf } from '../../features/digest/digest-calendar.js';
import type { Team } from '../../features/team/team.types.js';
import { localDate } from '../../lib/time-zone.js';
import {
  managerMorningMessages,
  teamDigestMessages,
  weeklySummaryMessages,
} from '../../slack/digest/digest.presenter.js';
import type { DueRun, ScheduledTask } from '../scheduler.types.js';

export const DEFAULT_DIGEST_TIME = '08:30';
type DigestDeps = Pick<AppDeps, 'digest' | 'teams' | 'outbox'>;
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

/** Team digest to the sales channel at the team's digest time, on working days, when a channel is set. */
export function createTeamDigestTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: 'digest',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => hasChannel(team) && isWorkingDay(date, team.workingDays))
        .map(({ team, date }) => ({
          kind: 'digest',
          teamId: team.teamId,
          key: teamDigestKey(team.teamId, date),
          payload: { date },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const digest = await teamDigest({ digest: deps.digest, team, date: dateOf(run), now });
      await deps.outbox.enqueue(await teamDigestMessages({ team, digest, key: run.key, now }));
    },
  };
}

/** Each manager's morning DM, at the team's digest time on working days. */
export function createManagerMorningTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: 'digest-managers',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => isWorkingDay(date, team.workingDays))
        .map(({ team, date }) => ({
          kind: 'digest-managers',
          teamId: team.teamId,
          key: `digest-managers:${team.teamId}:${date}`,
          payload: { date },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      const messages = await managerMorningMessages({ ...deps, team, date: dateOf(run), now, key: run.key });
      await deps.outbox.enqueue(messages);
    },
  };
}

/** Monday's summary of last week, to the sales channel at the digest time. */
export function createWeeklySummaryTask(deps: DigestDeps): ScheduledTask {
  return {
    kind: 'digest-weekly',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => hasChannel(team) && weekdayOf(date) === 1)
        .map(({ team, date }) => ({
          kind: 'digest-weekly',
          teamId: team.teamId,
          key: `digest-weekly:${team.teamId}:${date}`,
          payload: { date },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const messages = await weeklySummaryMessages({
        now,
        digest: deps.digest,
        team,
        monday: dateOf(run),
        key: run.key,
      });
      await deps.outbox.enqueue(messages);
    },
  };
}

export function createDigestTasks(deps: DigestDeps): ScheduledTask[] {
  return [createTeamDigestTask(deps), createManagerMorningTask(deps), createWeeklySummaryTask(deps)];
}
