import type { Clock } from '../../lib/clock.js';
import type { Team } from '../team/team.types.js';
import type { CollectedAmounts } from './collected-amounts.js';
import type { RepNumbersRepository } from './rep-numbers.repository.js';
import { periodWindow, previousPeriodWindow } from './target-calendar.js';
import { teamToday } from './target-progress.usecases.js';
import type { Leaderboard, LeaderboardRow, PeriodWindow } from './targets.types.js';

export type LeaderboardPeriod = 'week' | 'month';

/**
 * Each rep's won amount, collected amount, deals and activities in `window`, best first: by amount won, then
 * collected, deals, activities (then user id, so equal rows keep one order). Reps are listed even with
 * nothing to show; anyone else appears once they won or collected something.
 */
export async function leaderboard(input: {
  deps: { repNumbers: RepNumbersRepository; collected: CollectedAmounts };
  team: Team;
  period: LeaderboardPeriod;
  window: PeriodWindow;
}): Promise<Leaderboard> {
  const { deps, team, window } = input;
  const [reps, won, collected] = await Promise.all([
    deps.repNumbers.repIds(team.teamId),
    deps.repNumbers.wonByOwner(team.teamId, team.currency, window.from, window.to),
    deps.collected.byRep(team.teamId, window.from, window.to),
  ]);
  const userIds = [...new Set([...reps, ...won.byOwner.keys(), ...collected.keys()])].sort();
  const [tallies, names] = await Promise.all([
    deps.repNumbers.tallies(
      team.teamId,
      userIds.map((userId) => ({ key: userId, userId, from: window.from, to: window.to })),
    ),
    deps.repNumbers.displayNames(team.teamId, userIds),
  ]);
  const rows: LeaderboardRow[] = userIds.map((userId) => ({
    userId,
    displayName: names.get(userId) ?? null,
    wonAmount: won.byOwner.get(userId)?.amount ?? 0,
    collectedAmount: collected.get(userId) ?? 0,
    deals: won.byOwner.get(userId)?.deals ?? 0,
    activities: tallies.get(userId)?.activities ?? 0,
  }));
  rows.sort(
    (a, b) =>
      b.wonAmount - a.wonAmount ||
      b.collectedAmount - a.collectedAmount ||
      b.deals - a.deals ||
      b.activities - a.activities ||
      (a.userId < b.userId ? -1 : 1),
  );
  return {
    teamId: team.teamId,
    period: input.period,
    window,
    currency: team.currency,
    rows,
    otherCurrencyDeals: won.otherCurrencyDeals,
  };
}

/** `/pipeline leaderboard [week|month]`: the current week or month so far, in the team's zone. */
export function currentLeaderboard(input: {
  deps: { repNumbers: RepNumbersRepository; collected: CollectedAmounts; clock: Clock };
  team: Team;
  period: LeaderboardPeriod;
}): Promise<Leaderboard> {
  const { deps, team, period } = input;
  const window = periodWindow(period, teamToday(team, deps.clock), team.timezone);
  return leaderboard({ deps, team, period, window });
}

/** Monday's post: the week that ended yesterday (Monday to Sunday), in the team's zone. */
export function lastWeekLeaderboard(input: {
  deps: { repNumbers: RepNumbersRepository; collected: CollectedAmounts };
  team: Team;
  monday: string;
}): Promise<Leaderboard> {
  const { deps, team, monday } = input;
  const window = previousPeriodWindow('week', monday, team.timezone);
  return leaderboard({ deps, team, period: 'week', window });
}
