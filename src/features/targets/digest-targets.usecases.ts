import type { TeamRepository } from '../team/team.repository.js';
import type { Team } from '../team/team.types.js';
import type { CollectedAmounts } from './collected-amounts.js';
import { plansVersusDone } from './daily-plan.usecases.js';
import type { DailyPlanRepository } from './daily-plans.repository.js';
import type { RepNumbersRepository } from './rep-numbers.repository.js';
import { teamWorkingDays, workingDaysBefore } from './target-calendar.js';
import { progressOfTargets } from './target-progress.usecases.js';
import type { TargetRepository } from './targets.repository.js';
import { isAmountMetric, type PlanVsDone, type TargetProgress } from './targets.types.js';

export interface DigestTargets {
  /** The working day before the digest's: the day whose plans are compared. */
  planDate: string;
  plans: PlanVsDone[];
  /** The team's targets, then each rep's monthly amount targets. */
  progress: TargetProgress[];
}

type DigestTargetDeps = {
  targets: TargetRepository;
  repNumbers: RepNumbersRepository;
  collected: CollectedAmounts;
  dailyPlans: DailyPlanRepository;
  teams: TeamRepository;
};

/** The previous working day of the team before `date` (a Monday's is the Friday before). */
export function planDateBefore(team: Team, date: string): string {
  return workingDaysBefore(date, 1, teamWorkingDays(team))[0] ?? date;
}

/**
 * What the morning digest adds about targets on `date` (the team's local date): yesterday's plan against what
 * was done, per rep, and progress of the team's targets and the reps' monthly amount targets.
 */
export async function digestTargets(input: {
  deps: DigestTargetDeps;
  team: Team;
  date: string;
}): Promise<DigestTargets> {
  const { deps, team, date } = input;
  const planDate = planDateBefore(team, date);
  const [plans, all] = await Promise.all([
    plansVersusDone({ deps, team, date: planDate, userIds: 'all' }),
    deps.targets.forSubjects(team.teamId, [{ kind: 'team' }]),
  ]);
  const reps = (await deps.targets.monthlyAmountTargets(team.teamId)).filter(
    (target) => target.subject.kind === 'rep' && isAmountMetric(target.metric),
  );
  const progress = await progressOfTargets({ deps, team, targets: [...all, ...reps], today: date });
  return { planDate, plans, progress };
}

/** Each manager's share of the plans: the rows of the people who report to them, at any depth. */
export async function plansByManager(input: {
  teams: TeamRepository;
  team: Team;
  managers: string[];
  plans: PlanVsDone[];
}): Promise<Map<string, PlanVsDone[]>> {
  const byManager = new Map<string, PlanVsDone[]>();
  if (input.plans.length === 0) return byManager;
  for (const managerUserId of input.managers) {
    const reports = new Set(await input.teams.listReportIds(input.team.teamId, managerUserId));
    const rows = input.plans.filter((row) => reports.has(row.userId));
    if (rows.length > 0) byManager.set(managerUserId, rows);
  }
  return byManager;
}
