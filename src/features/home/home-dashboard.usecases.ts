import type { Clock } from '../../lib/clock.js';
import type { DigestRepository } from '../digest/digest.repository.js';
import { stageProbabilities } from '../digest/digest.usecases.js';
import { homeOverview } from '../leads/lead-home.usecases.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import { OPEN_STAGES } from '../leads/leads.types.js';
import { todayFor, visibleOwners } from '../leads/leads.usecases.js';
import { isFinance } from '../ledger/ledger-access.js';
import { receivablesAging } from '../ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../ledger/overdue.repository.js';
import type { CollectedAmounts } from '../targets/collected-amounts.js';
import type { RepNumbersRepository } from '../targets/rep-numbers.repository.js';
import { progressOfTargets, teamToday } from '../targets/target-progress.usecases.js';
import type { TargetRepository } from '../targets/targets.repository.js';
import { isAmountMetric } from '../targets/targets.types.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import type { HomeRepository } from './home.repository.js';
import type { FinanceSection, HomeDashboard, RepSection, TeamSection } from './home.types.js';

/** Rows of finance's queues listed on Home; the counts are always the true ones. */
export const HOME_QUEUE_LIMIT = 5;

export interface HomeDeps {
  leads: LeadRepository;
  teams: TeamRepository;
  digest: DigestRepository;
  overdue: OverdueRepository;
  targets: TargetRepository;
  repNumbers: RepNumbersRepository;
  collected: CollectedAmounts;
  home: HomeRepository;
  clock: Clock;
}

/** Sees the team section: managers and directors (their reports) and admins (everyone). */
export const seesTeam = (actor: Actor): boolean =>
  actor.isAdmin || actor.role === 'manager' || actor.role === 'director';

async function repSection(deps: HomeDeps & { actor: Actor }): Promise<RepSection> {
  const { actor } = deps;
  const today = todayFor(actor, deps.clock);
  const [overview, buckets] = await Promise.all([
    homeOverview(deps),
    deps.overdue.aging(actor.teamId, { owners: [actor.userId], today }),
  ]);
  return {
    overview,
    // The buckets are SQL sums; their sum stays an integer count of minor units.
    overdueMoney: buckets
      .map((b) => ({
        currency: b.currency,
        overdueMinor: b.days0to30 + b.days31to60 + b.days61to90 + b.over90,
      }))
      .filter((row) => row.overdueMinor > 0),
  };
}

async function teamSection(deps: HomeDeps & { actor: Actor; team: Team }): Promise<TeamSection> {
  const { actor, team } = deps;
  const owners = await visibleOwners(deps);
  const today = teamToday(team, deps.clock);
  const [byStage, aging, monthly, members] = await Promise.all([
    deps.digest.pipelineByStage(team.teamId, owners),
    receivablesAging({ ...deps, teamId: team.teamId, owners, today: todayFor(actor, deps.clock) }),
    deps.targets.monthlyAmountTargets(team.teamId),
    deps.teams.listMembers(team.teamId),
  ]);
  const probabilities = stageProbabilities(team);
  const pipeline = OPEN_STAGES.map((stage) => {
    const row = byStage.find((candidate) => candidate.stage === stage);
    const value = row?.value ?? 0;
    // Minor units times a whole percent, rounded to a whole minor unit: no fraction of money is kept.
    return {
      stage,
      count: row?.count ?? 0,
      value,
      weighted: Math.round((value * (probabilities[stage] ?? 0)) / 100),
    };
  });
  const reps = monthly.filter(
    (target) =>
      target.subject.kind === 'rep' &&
      isAmountMetric(target.metric) &&
      (owners === 'all' || owners.includes(target.subject.userId)),
  );
  const repTargets = reps.length ? await progressOfTargets({ deps, team, targets: reps, today }) : [];
  const names = Object.fromEntries(members.map((m) => [m.userId, m.displayName ?? m.userId]));
  return { currency: team.currency, owners, pipeline, repTargets, names, aging };
}

async function financeSection(deps: HomeDeps & { actor: Actor }): Promise<FinanceSection> {
  const { actor } = deps;
  const [pendingPayments, invoicesWaiting, aging] = await Promise.all([
    deps.home.pendingPayments(actor.teamId, HOME_QUEUE_LIMIT),
    deps.home.invoicesWaiting(actor.teamId, HOME_QUEUE_LIMIT),
    receivablesAging({ ...deps, teamId: actor.teamId, owners: 'all', today: todayFor(actor, deps.clock) }),
  ]);
  return { pendingPayments, invoicesWaiting, aging };
}

/**
 * Everything one person's Home tab shows, by what their role lets them see: their own work always (a manager or
 * an admin may sell too), the team's numbers for managers, directors and admins, finance's queues for finance and
 * admins.
 */
export async function homeDashboard(deps: HomeDeps & { actor: Actor; team: Team }): Promise<HomeDashboard> {
  const { actor } = deps;
  const [rep, team, finance] = await Promise.all([
    repSection(deps),
    seesTeam(actor) ? teamSection(deps) : Promise.resolve(null),
    isFinance(actor) ? financeSection(deps) : Promise.resolve(null),
  ]);
  return { rep, team, finance };
}
