import type { Clock } from '../../lib/clock.js';
import { isValidTimeZone, localDate } from '../../lib/time-zone.js';
import { localWindow, shiftDate } from '../digest/digest-calendar.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Member, Team } from '../team/team.types.js';
import type { DailyPlanRepository } from './daily-plans.repository.js';
import { median, missingCounts } from './progress.js';
import type { CountWindow, RepNumbersRepository } from './rep-numbers.repository.js';
import { teamWorkingDays, workingDaysBefore } from './target-calendar.js';
import { InvalidPlanError, PlanChangedMeanwhileError, PlanDateError } from './targets.errors.js';
import type { TargetRepository } from './targets.repository.js';
import {
  DAY_COUNTS,
  type DailyPlan,
  type DayCount,
  type DayCounts,
  type PlanVsDone,
  ZERO_COUNTS,
} from './targets.types.js';

export interface PlanDeps {
  dailyPlans: DailyPlanRepository;
  repNumbers: RepNumbersRepository;
  targets: TargetRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** How many past days the "usual numbers" look at. */
export const USUAL_LOOKBACK = 10;
/** A plan can be made for today and the days of the coming week, not for a day already over. */
export const PLAN_DAYS_AHEAD = 6;
/** A planned count above this is a typo. */
export const MAX_PLAN_COUNT = 999;

/** The zone a member's day is lived in: their own when Slack gave a valid one, else the team's. */
export function memberZone(
  member: Pick<Member, 'timezone'> | undefined,
  team: Pick<Team, 'timezone'>,
): string {
  const zone = member?.timezone;
  return zone && isValidTimeZone(zone) ? zone : team.timezone;
}

/** One window per (member, local date), each in the member's own zone. */
function dayWindows(team: Team, zones: Map<string, string>, days: { userId: string; date: string }[]) {
  return days.map(
    ({ userId, date }): CountWindow => ({
      key: `${userId}:${date}`,
      userId,
      ...localWindow(date, shiftDate(date, 1), zones.get(userId) ?? team.timezone),
    }),
  );
}

async function zonesOf(teams: TeamRepository, team: Team): Promise<Map<string, string>> {
  const members = await teams.listMembers(team.teamId);
  return new Map(members.map((member) => [member.userId, memberZone(member, team)]));
}

const countsOf = (tally: DayCounts | undefined): DayCounts => {
  const counts = { ...ZERO_COUNTS };
  if (tally) for (const count of DAY_COUNTS) counts[count] = tally[count];
  return counts;
};

/**
 * The rep's usual numbers, which prefill the morning plan: the median of their last confirmed plans; with none
 * yet, each count's per-day target when one is set, else the median of what they did on their last working days.
 */
export async function usualPlan(input: {
  deps: PlanDeps;
  team: Team;
  userId: string;
  date: string;
}): Promise<DayCounts> {
  const { deps, team, userId, date } = input;
  const recent = (await deps.dailyPlans.recent(team.teamId, userId, date, USUAL_LOOKBACK * 3))
    .filter((plan) => plan.source === 'confirmed')
    .slice(0, USUAL_LOOKBACK);
  const usual = { ...ZERO_COUNTS };
  if (recent.length > 0) {
    for (const count of DAY_COUNTS) usual[count] = median(recent.map((plan) => plan.counts[count]));
    return usual;
  }
  const targets = await deps.targets.forSubjects(team.teamId, [{ kind: 'rep', userId }]);
  const daily = new Map(targets.filter((t) => t.period === 'day').map((t) => [t.metric, t.value]));
  const days = workingDaysBefore(date, USUAL_LOOKBACK, teamWorkingDays(team));
  const zones = await zonesOf(deps.teams, team);
  const tallies = await deps.repNumbers.tallies(
    team.teamId,
    dayWindows(
      team,
      zones,
      days.map((day) => ({ userId, date: day })),
    ),
  );
  for (const count of DAY_COUNTS) {
    const done = days.map((day) => tallies.get(`${userId}:${day}`)?.[count] ?? 0);
    usual[count] = daily.get(count) ?? median(done);
  }
  return usual;
}

/** The morning check-in's plan: today's plan if the rep already has one, else their usual numbers, stored. */
export async function checkInPlan(input: {
  deps: PlanDeps;
  team: Team;
  userId: string;
  date: string;
}): Promise<DailyPlan> {
  const { deps, team, userId, date } = input;
  const existing = await deps.dailyPlans.find(team.teamId, userId, date);
  if (existing) return existing;
  return deps.dailyPlans.suggest(team.teamId, userId, date, await usualPlan(input));
}

/** Plans are made for the rep's today or the coming week, never for a day already over. */
function assertPlannable(date: string, today: string): void {
  if (date < today || date > shiftDate(today, PLAN_DAYS_AHEAD)) throw new PlanDateError(date);
}

/** The plan the modal opens with: the day's plan, or the usual numbers (version 0: not stored yet). */
export async function planForEditing(input: {
  deps: PlanDeps;
  actor: Actor;
  team: Team;
  date: string;
}): Promise<{ date: string; counts: DayCounts; version: number }> {
  const { deps, actor, team, date } = input;
  assertPlannable(date, localDate(deps.clock.now(), actor.timezone));
  const existing = await deps.dailyPlans.find(team.teamId, actor.userId, date);
  if (existing) return { date, counts: existing.counts, version: existing.version };
  return { date, counts: await usualPlan({ deps, team, userId: actor.userId, date }), version: 0 };
}

/** The counts of a submitted plan form that are not whole numbers from 0 to 999 (blank is 0). */
export function invalidPlanCounts(form: Partial<Record<DayCount, string | null>>): DayCount[] {
  return DAY_COUNTS.filter((count) => {
    const text = (form[count] ?? '').trim();
    return text !== '' && (!/^\d{1,3}$/.test(text) || Number(text) > MAX_PLAN_COUNT);
  });
}

export function validatePlanForm(form: Partial<Record<DayCount, string | null>>): DayCounts {
  const counts = { ...ZERO_COUNTS };
  for (const count of DAY_COUNTS) {
    const text = (form[count] ?? '').trim();
    if (text === '') continue;
    if (!/^\d{1,3}$/.test(text) || Number(text) > MAX_PLAN_COUNT) throw new InvalidPlanError(count);
    counts[count] = Number(text);
  }
  return counts;
}

/**
 * The rep saves (or confirms, with `counts` unchanged) their own plan. The write is conditional on the version
 * the form was built from, so a stale form never overwrites a newer plan.
 */
export async function savePlan(input: {
  deps: PlanDeps;
  actor: Actor;
  date: string;
  counts: DayCounts;
  expectedVersion: number;
}): Promise<DailyPlan> {
  const { deps, actor, date } = input;
  assertPlannable(date, localDate(deps.clock.now(), actor.timezone));
  const saved = await deps.dailyPlans.save({
    teamId: actor.teamId,
    userId: actor.userId,
    date,
    counts: input.counts,
    expectedVersion: input.expectedVersion,
    at: deps.clock.now(),
  });
  if (!saved) throw new PlanChangedMeanwhileError(date);
  return saved;
}

/**
 * Plan against what was logged on `date` for each member with a plan that day (all members with a plan, or
 * the given ones), each counted over their own local day.
 */
export async function plansVersusDone(input: {
  deps: Pick<PlanDeps, 'dailyPlans' | 'repNumbers' | 'teams'>;
  team: Team;
  date: string;
  userIds: string[] | 'all';
}): Promise<PlanVsDone[]> {
  const { deps, team, date } = input;
  const plans = await deps.dailyPlans.forDate(team.teamId, input.userIds, date);
  if (plans.length === 0) return [];
  const zones = await zonesOf(deps.teams, team);
  const tallies = await deps.repNumbers.tallies(
    team.teamId,
    dayWindows(
      team,
      zones,
      plans.map((plan) => ({ userId: plan.userId, date })),
    ),
  );
  return plans.map((plan) => {
    const done = countsOf(tallies.get(`${plan.userId}:${date}`));
    return {
      userId: plan.userId,
      date,
      plan: plan.counts,
      done,
      confirmed: plan.source === 'confirmed',
      missing: missingCounts(plan.counts, done),
    };
  });
}

/**
 * "Looks good" on the morning check-in: the plan as shown becomes the rep's own, unless it changed since the
 * message was built (`expectedVersion`); a stale button is refused, never saved over a newer plan.
 */
export async function confirmPlan(input: {
  deps: PlanDeps;
  actor: Actor;
  date: string;
  expectedVersion: number;
}): Promise<DailyPlan> {
  const { deps, actor, date, expectedVersion } = input;
  const plan = await deps.dailyPlans.find(actor.teamId, actor.userId, date);
  if (!plan || plan.version !== expectedVersion) throw new PlanChangedMeanwhileError(date);
  return savePlan({ deps, actor, date, counts: plan.counts, expectedVersion });
}
