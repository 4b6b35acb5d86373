import type { AppDeps } from '../../deps.js';
import {
  managerMornings,
  postDigestNow,
  teamDigest,
  teamDigestKey,
  weeklySummary,
} from '../../features/digest/digest.usecases.js';
import { localTime, normalizeTime, shiftDate, weekdayOf } from '../../features/digest/digest-calendar.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { firstWorkingDayOfWeek, isWorkingDay } from '../../features/team/work-calendar.js';
import { localDate } from '../../lib/time-zone.js';
import {
  managerMorningMessages,
  teamDigestMessages,
  weeklySummaryMessages,
} from '../../slack/digest/digest-messages.js';
import { DEFAULT_CLAIM_POLICY } from '../scheduler.js';
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
        .filter(({ team, date }) => hasChannel(team) && isWorkingDay(date, team))
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
      const mornings = await managerMornings({ ...deps, team, date: dateOf(run), now });
      await deps.outbox.enqueue(managerMorningMessages({ team, mornings, now, key: run.key }));
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

/**
 * `/pipeline digest [force]`: claims today's digest run as the scheduler would and enqueues the digest. A forced
 * repost gets keys of its own, or the outbox would drop it as already sent.
 */
export async function postTeamDigestNow(input: {
  deps: Pick<AppDeps, 'digest' | 'outbox' | 'scheduledRuns' | 'clock'>;
  actor: Actor;
  team: Team;
  force: boolean;
}): Promise<{ posted: true; channelId: string } | { posted: false; date: string }> {
  const { deps, actor, team } = input;
  const now = deps.clock.now();
  const claimedBy = `command:${actor.userId}`;
  const run = (key: string) => ({ kind: 'digest', teamId: team.teamId, key });
  const result = await postDigestNow({
    digest: deps.digest,
    actor,
    team,
    force: input.force,
    now,
    claim: (key) => deps.scheduledRuns.claim(run(key), claimedBy, now, DEFAULT_CLAIM_POLICY),
  });
  if (!result.posted) return { posted: false, date: result.date };
  const key = result.forced ? `${result.key}:force:${now.getTime()}` : result.key;
  const channelTeam = { ...team, salesChannelId: result.channelId };
  await deps.outbox.enqueue(await teamDigestMessages({ team: channelTeam, digest: result.digest, key, now }));
  if (!result.forced) await deps.scheduledRuns.finish(run(result.key), claimedBy, now);
  return { posted: true, channelId: result.channelId };
}

export function createDigestTasks(deps: DigestDeps): ScheduledTask[] {
  return [createTeamDigestTask(deps), createManagerMorningTask(deps), createWeeklySummaryTask(deps)];
}
