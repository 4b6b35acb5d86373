import type { Clock } from '../../lib/clock.js';
import { localDate } from '../../lib/time-zone.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Team } from '../team/team.types.js';
import { type CollectedAmounts, totalOf } from './collected-amounts.js';
import { progressOf } from './progress.js';
import type { RepNumbersRepository } from './rep-numbers.repository.js';
import { periodWindow, teamWorkingDays } from './target-calendar.js';
import type { TargetRepository } from './targets.repository.js';
import {
  isAmountMetric,
  type PeriodWindow,
  type Target,
  type TargetPeriod,
  type TargetProgress,
} from './targets.types.js';

export interface TargetDeps {
  targets: TargetRepository;
  repNumbers: RepNumbersRepository;
  collected: CollectedAmounts;
  teams: TeamRepository;
  clock: Clock;
}

type NumbersDeps = Pick<TargetDeps, 'repNumbers' | 'collected'>;

/**
 * What each target's subject has done in the period holding `today` (the team's local date): won and collected
 * amounts once per period window, counts for every target in one statement. Periods are the team's (its zone,
 * its working days), so a rep's month and the team's month are the same month.
 */
export async function progressOfTargets(input: {
  deps: NumbersDeps;
  team: Team;
  targets: Target[];
  today: string;
}): Promise<TargetProgress[]> {
  const { deps, team, today } = input;
  const windows = new Map<TargetPeriod, PeriodWindow>();
  const windowOf = (period: TargetPeriod) => {
    let window = windows.get(period);
    if (!window) {
      window = periodWindow(period, today, team.timezone);
      windows.set(period, window);
    }
    return window;
  };
  const won = memo((period: TargetPeriod) => {
    const window = windowOf(period);
    return deps.repNumbers.wonByOwner(team.teamId, team.currency, window.from, window.to);
  });
  const collected = memo((period: TargetPeriod) => {
    const window = windowOf(period);
    return deps.collected.byRep(team.teamId, window.from, window.to);
  });
  const countTargets = input.targets.filter((target) => !isAmountMetric(target.metric));
  const tallies = await deps.repNumbers.tallies(
    team.teamId,
    countTargets.map((target) => ({
      key: String(target.id),
      userId: target.subject.kind === 'rep' ? target.subject.userId : null,
      ...windowOf(target.period),
    })),
  );
  const isWorkingDay = teamWorkingDays(team);
  const results: TargetProgress[] = [];
  for (const target of input.targets) {
    const window = windowOf(target.period);
    const who = target.subject.kind === 'rep' ? [target.subject.userId] : undefined;
    let done: number;
    if (target.metric === 'won') {
      const { byOwner, total } = await won(target.period);
      done = who ? (byOwner.get(who[0] ?? '')?.amount ?? 0) : total.amount;
    } else if (target.metric === 'collected') {
      done = totalOf(await collected(target.period), who);
    } else {
      done = tallies.get(String(target.id))?.[target.metric] ?? 0;
    }
    results.push({
      target,
      window,
      progress: progressOf({ done, target: target.value, window, today, isWorkingDay }),
    });
  }
  return results;
}

/** The team's local date now: the day every target period is seen from. */
export const teamToday = (team: Pick<Team, 'timezone'>, clock: Clock) =>
  localDate(clock.now(), team.timezone);

function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      cache.set(key, value);
    }
    return value;
  };
}
