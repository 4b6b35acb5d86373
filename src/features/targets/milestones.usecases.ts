import type { Team } from '../team/team.types.js';
import type { CollectedAmounts } from './collected-amounts.js';
import type { RepNumbersRepository } from './rep-numbers.repository.js';
import { progressOfTargets } from './target-progress.usecases.js';
import type { TargetRepository } from './targets.repository.js';
import { MILESTONE_PERCENTS, type MilestonePercent, type TargetProgress } from './targets.types.js';

export const MILESTONES_KIND = 'target-milestones';

export interface MilestoneAnnouncement {
  progress: TargetProgress;
  /** The highest milestone newly reached: the one announced. */
  percent: MilestonePercent;
  /** Every milestone newly reached (a month that jumps past 100 % also settles its 50 %). */
  reached: MilestonePercent[];
  periodStart: string;
}

/**
 * Monthly amount targets that passed a milestone not announced yet this month. Only the highest new one is
 * announced: a deal that takes a rep from 30 % to 110 % is one announcement, not two.
 */
export async function newMilestones(input: {
  deps: { targets: TargetRepository; repNumbers: RepNumbersRepository; collected: CollectedAmounts };
  team: Team;
  today: string;
}): Promise<MilestoneAnnouncement[]> {
  const { deps, team, today } = input;
  const targets = await deps.targets.monthlyAmountTargets(team.teamId);
  if (targets.length === 0) return [];
  const announcements: MilestoneAnnouncement[] = [];
  for (const progress of await progressOfTargets({ deps, team, targets, today })) {
    const periodStart = progress.window.fromDate;
    const passed = MILESTONE_PERCENTS.filter((percent) => progress.progress.percent >= percent);
    if (passed.length === 0) continue;
    const known = await deps.targets.reachedMilestones(team.teamId, progress.target.id, periodStart);
    const reached = passed.filter((percent) => !known.includes(percent));
    const percent = reached.at(-1);
    if (percent !== undefined) announcements.push({ progress, percent, reached, periodStart });
  }
  return announcements;
}

/**
 * Records announced milestones, after their message was enqueued (under a key naming the milestone), so a run
 * that dies in between enqueues nothing twice when it runs again and still records them.
 */
export async function recordMilestones(input: {
  targets: TargetRepository;
  team: Team;
  announcements: MilestoneAnnouncement[];
  at: Date;
}): Promise<void> {
  for (const announcement of input.announcements) {
    await input.targets.recordMilestones(
      input.team.teamId,
      announcement.progress.target.id,
      announcement.periodStart,
      announcement.reached,
      input.at,
    );
  }
}
