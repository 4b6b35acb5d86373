import type { AppDeps } from '../../deps.js';
import { localTime, normalizeTime, weekdayOf } from '../../features/digest/digest-calendar.js';
import { lastWeekLeaderboard } from '../../features/targets/leaderboard.usecases.js';
import {
  MILESTONES_KIND,
  newMilestones,
  recordMilestones,
} from '../../features/targets/milestones.usecases.js';
import {
  dueEndOfDay,
  END_OF_DAY_KIND,
  type EndOfDayPayload,
  endOfDayReport,
} from '../../features/targets/rep-day.usecases.js';
import { teamToday } from '../../features/targets/target-progress.usecases.js';
import type { Team } from '../../features/team/team.types.js';
import { translator } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import { leaderboardMessages, milestoneMessages } from '../../slack/targets/target-messages.js';
import { buildEndOfDay } from '../../slack/views/targets/day-views.js';
import type { ScheduledTask } from '../scheduler.types.js';
import { DEFAULT_DIGEST_TIME } from './digest.tasks.js';

type TargetTaskDeps = Pick<
  AppDeps,
  | 'teams'
  | 'outbox'
  | 'leads'
  | 'targets'
  | 'repNumbers'
  | 'dailyPlans'
  | 'targetSettings'
  | 'collected'
  | 'clock'
>;
type WithChannel = Team & { salesChannelId: string };
const hasChannel = (team: Team): team is WithChannel => Boolean(team.salesChannelId);

/**
 * The end-of-day DM to each rep with a plan today, at the team's end-of-day time in the rep's zone, on days the
 * rep works; once per rep and day (the key holds the rep's local date).
 */
export function createEndOfDayTask(deps: TargetTaskDeps): ScheduledTask {
  return {
    kind: END_OF_DAY_KIND,
    due: (now) => dueEndOfDay({ targetSettings: deps.targetSettings, now }),
    async run(run, now) {
      const payload = run.payload as EndOfDayPayload;
      const team = await deps.teams.ensureTeam(run.teamId);
      const report = await endOfDayReport({ deps, team, userId: payload.userId, date: payload.date });
      if (!report) return;
      const message = buildEndOfDay(report, translator(payload.locale));
      await deps.outbox.enqueue([
        {
          teamId: run.teamId,
          idempotencyKey: `${run.key}:dm`,
          method: 'chat.postMessage',
          payload: { channel: payload.userId, ...message, unfurl_links: false },
          notBefore: now,
        },
      ]);
    },
  };
}

/**
 * Milestones of monthly targets, checked every hour for teams that announce them. The hour is in the key, so
 * each hour is one run; the announcement's own key and the milestones table make each milestone go out once.
 */
export function createMilestonesTask(deps: TargetTaskDeps): ScheduledTask {
  return {
    kind: MILESTONES_KIND,
    async due(now) {
      const hour = now.toISOString().slice(0, 13);
      return (await deps.targetSettings.teamsWith('milestonesEnabled')).map((teamId) => ({
        kind: MILESTONES_KIND,
        teamId,
        key: `${MILESTONES_KIND}:${teamId}:${hour}`,
      }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const announcements = await newMilestones({ deps, team, today: teamToday(team, deps.clock) });
      if (announcements.length === 0) return;
      await deps.outbox.enqueue(milestoneMessages({ team, announcements, now }));
      await recordMilestones({ targets: deps.targets, team, announcements, at: now });
    },
  };
}

export const WEEKLY_LEADERBOARD_KIND = 'leaderboard-weekly';

/** Monday's leaderboard of last week, at the team's digest time, for teams that turned it on. */
export function createWeeklyLeaderboardTask(deps: TargetTaskDeps): ScheduledTask {
  return {
    kind: WEEKLY_LEADERBOARD_KIND,
    async due(now) {
      const runs = [];
      for (const teamId of await deps.targetSettings.teamsWith('weeklyLeaderboardEnabled')) {
        const team = await deps.teams.ensureTeam(teamId);
        const date = localDate(now, team.timezone);
        if (weekdayOf(date) !== 1) continue;
        if (localTime(now, team.timezone) < normalizeTime(team.digestTime, DEFAULT_DIGEST_TIME)) continue;
        runs.push({
          kind: WEEKLY_LEADERBOARD_KIND,
          teamId,
          key: `${WEEKLY_LEADERBOARD_KIND}:${teamId}:${date}`,
          payload: { date },
        });
      }
      return runs;
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      if (!hasChannel(team)) return;
      const board = await lastWeekLeaderboard({ deps, team, monday: String(run.payload?.date ?? '') });
      await deps.outbox.enqueue(await leaderboardMessages({ team, board, key: run.key, now }));
    },
  };
}

export function createTargetTasks(deps: TargetTaskDeps): ScheduledTask[] {
  return [createEndOfDayTask(deps), createMilestonesTask(deps), createWeeklyLeaderboardTask(deps)];
}
