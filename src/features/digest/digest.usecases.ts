import { localDate } from '../../lib/time-zone.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import { OPEN_STAGES, type Stage } from '../leads/leads.types.js';
import { visibleOwners } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { localeOf } from '../team/team.usecases.js';
import { previousWorkingDays } from '../team/work-calendar.js';
import { DigestAdminOnlyError, PipelineNotVisibleError, SalesChannelMissingError } from './digest.errors.js';
import type { DigestRepository } from './digest.repository.js';
import type {
  ApprovalWaiting,
  DateWindow,
  ManagerMorning,
  PendingApproval,
  PipelineNumbers,
  StageConversion,
  TeamDigest,
  WeeklySummary,
} from './digest.types.js';
import { digestWindow, localWindow, weekWindow } from './digest-calendar.js';

/** Win probability per open stage (percent) when the admin set none: a common sales-funnel default. */
export const DEFAULT_STAGE_PROBABILITIES: Record<string, number> = {
  new: 5,
  contacted: 10,
  needs_analysis: 20,
  presentation: 35,
  proposal: 50,
  negotiation: 70,
  contract: 90,
};

/** A digest names a few leads per section; the numbers always cover all of them. */
export const DIGEST_LIST_LIMIT = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export function stageProbabilities(team: Pick<Team, 'stageProbabilities'>): Record<string, number> {
  const merged = { ...DEFAULT_STAGE_PROBABILITIES };
  for (const [stage, value] of Object.entries(team.stageProbabilities ?? {})) {
    if (stage in merged && Number.isFinite(value)) merged[stage] = Math.min(100, Math.max(0, value));
  }
  return merged;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The numbers of one window for the leads of `owners` (and the work of the same people). */
export async function pipelineNumbers(input: {
  digest: DigestRepository;
  team: Team;
  owners: OwnerScope;
  window: DateWindow;
}): Promise<PipelineNumbers> {
  const { digest, team, owners, window } = input;
  const teamId = team.teamId;
  // Stale is measured at the end of the window, so the same date always gives the same digest.
  const staleBefore = new Date(window.to.getTime() - team.staleAfterDays * DAY_MS);
  const [newLeads, moves, won, lost, lostReasons, byStage, stale, reps] = await Promise.all([
    digest.newLeads(teamId, owners, window, DIGEST_LIST_LIMIT),
    digest.stageMoves(teamId, owners, window),
    digest.closedSection(teamId, owners, 'won', window, DIGEST_LIST_LIMIT),
    digest.closedSection(teamId, owners, 'lost', window, DIGEST_LIST_LIMIT),
    digest.lostReasons(teamId, owners, window, DIGEST_LIST_LIMIT),
    digest.pipelineByStage(teamId, owners),
    digest.stale(teamId, owners, staleBefore, window.toDate, DIGEST_LIST_LIMIT),
    digest.repActivity(teamId, owners, window),
  ]);
  const probabilities = stageProbabilities(team);
  const pipeline = OPEN_STAGES.map((stage: Stage) => {
    const row = byStage.find((candidate) => candidate.stage === stage);
    const probability = probabilities[stage] ?? 0;
    const value = row?.value ?? 0;
    return {
      stage,
      count: row?.count ?? 0,
      value,
      probability,
      weighted: round2((value * probability) / 100),
    };
  });
  const pipelineTotal = pipeline.reduce(
    (sum, row) => ({
      count: sum.count + row.count,
      value: round2(sum.value + row.value),
      weighted: round2(sum.weighted + row.weighted),
    }),
    { count: 0, value: 0, weighted: 0 },
  );
  const { averageCycleDays: _won, ...wonSection } = won;
  const { averageCycleDays: _lost, ...lostSection } = lost;
  return {
    window,
    currency: team.currency,
    newLeads,
    moves,
    won: wonSection,
    lost: lostSection,
    lostReasons,
    pipeline,
    pipelineTotal,
    stale,
    reps,
  };
}

function withAge(approvals: PendingApproval[], now: Date): ApprovalWaiting[] {
  return approvals.map((approval) => ({
    ...approval,
    ageHours: Math.max(0, Math.floor((now.getTime() - approval.requestedAt.getTime()) / 3_600_000)),
  }));
}

/** The team digest for the morning of `date` (team's zone): the window since the previous working day. */
export async function teamDigest(input: {
  digest: DigestRepository;
  team: Team;
  date: string;
  now: Date;
}): Promise<TeamDigest> {
  const { digest, team, date, now } = input;
  const window = digestWindow(date, team, team.timezone);
  const [numbers, approvals] = await Promise.all([
    pipelineNumbers({ digest, team, owners: 'all', window }),
    digest.pendingApprovals(team.teamId),
  ]);
  return { ...numbers, teamId: team.teamId, date, approvals: withAge(approvals, now) };
}

/**
 * The handbook rule: reps who found no high-intent lead in the team's last `quietWorkingDays` working days (three
 * unless an admin set another number; holidays are not working days) before `today` (any
 * day in between counts, weekends included), with their manager. New members and reps on vacation are spared.
 */
export async function quietReps(input: {
  digest: DigestRepository;
  team: Team;
  today: string;
}): Promise<{ userId: string; managerUserId: string }[]> {
  const { digest, team, today } = input;
  const days = previousWorkingDays(today, team, team.quietWorkingDays);
  const [first] = days;
  if (!first || days.length < team.quietWorkingDays) return [];
  const window = localWindow(first, today, team.timezone);
  const reps = await digest.repsWithManagers(team.teamId, window.from, first);
  const finders = await digest.highIntentFinders(
    team.teamId,
    reps.map((rep) => rep.userId),
    window,
  );
  return reps.filter((rep) => !finders.has(rep.userId));
}

/** One morning DM per manager with something to act on: approvals on their desk, reports' overdue follow-ups, quiet reps. */
export async function managerMornings(input: {
  digest: DigestRepository;
  teams: TeamRepository;
  team: Team;
  date: string;
  now: Date;
}): Promise<ManagerMorning[]> {
  const { digest, teams, team, date, now } = input;
  const quiet = await quietReps({ digest, team, today: date });
  const mornings: ManagerMorning[] = [];
  for (const managerUserId of await digest.listManagers(team.teamId)) {
    const reports = await teams.listReportIds(team.teamId, managerUserId);
    const [approvals, overdue] = await Promise.all([
      digest.pendingApprovals(team.teamId, managerUserId),
      digest.overdueFollowUps(team.teamId, reports, date, DIGEST_LIST_LIMIT),
    ]);
    const quietReports = quiet.filter((rep) => rep.managerUserId === managerUserId).map((rep) => rep.userId);
    if (approvals.length === 0 && overdue.total === 0 && quietReports.length === 0) continue;
    mornings.push({
      managerUserId,
      locale: localeOf(await teams.findMember(team.teamId, managerUserId), team),
      date,
      approvals: withAge(approvals, now),
      overdue,
      quietReps: quietReports,
    });
  }
  return mornings;
}

/** The week before `monday`: win rate, cycle time, stage-to-stage conversion and why deals were lost. */
export async function weeklySummary(input: {
  digest: DigestRepository;
  team: Team;
  monday: string;
}): Promise<WeeklySummary> {
  const { digest, team, monday } = input;
  const window = weekWindow(monday, team.timezone);
  const [won, lost, moves, topLostReasons] = await Promise.all([
    digest.closedSection(team.teamId, 'all', 'won', window, 0),
    digest.closedSection(team.teamId, 'all', 'lost', window, 0),
    digest.stageConversions(team.teamId, window),
    digest.lostReasons(team.teamId, 'all', window, DIGEST_LIST_LIMIT),
  ]);
  const closed = won.count + lost.count;
  const conversions: StageConversion[] = OPEN_STAGES.flatMap((fromStage) => {
    const row = moves.find((move) => move.fromStage === fromStage);
    if (!row) return [];
    const rate = row.movedOut > 0 ? Math.round((row.advanced / row.movedOut) * 100) : null;
    return [{ fromStage, movedOut: row.movedOut, advanced: row.advanced, rate }];
  });
  return {
    teamId: team.teamId,
    window,
    currency: team.currency,
    won: { count: won.count, value: won.value },
    lost: { count: lost.count, value: lost.value },
    winRate: closed > 0 ? Math.round((won.count / closed) * 100) : null,
    averageCycleDays: won.averageCycleDays === null ? null : Math.round(won.averageCycleDays * 10) / 10,
    conversions,
    topLostReasons,
  };
}

export type PipelineTarget = { kind: 'me' } | { kind: 'team' } | { kind: 'user'; userId: string };

/**
 * `/pipeline`: the digest's numbers for this morning's window, for what the caller may see. A rep sees their
 * own; a manager also their reports' and their team's; an admin everyone's.
 */
export async function pipelineFor(input: {
  digest: DigestRepository;
  teams: TeamRepository;
  actor: Actor;
  team: Team;
  /** `default`: a rep's own numbers, everyone else's team. */
  target: PipelineTarget | 'default';
  now: Date;
}): Promise<{ target: PipelineTarget; numbers: PipelineNumbers }> {
  const { digest, teams, actor, team, now } = input;
  const target: PipelineTarget =
    input.target !== 'default'
      ? input.target
      : actor.role === 'rep' && !actor.isAdmin
        ? { kind: 'me' }
        : { kind: 'team' };
  const scope = await visibleOwners({ teams, actor });
  let owners: OwnerScope;
  if (target.kind === 'me') owners = [actor.userId];
  else if (target.kind === 'team') {
    if (scope !== 'all' && scope.length <= 1) throw new PipelineNotVisibleError('team');
    owners = scope;
  } else {
    if (scope !== 'all' && !scope.includes(target.userId)) throw new PipelineNotVisibleError(target.userId);
    owners = [target.userId];
  }
  const window = digestWindow(localDate(now, team.timezone), team, team.timezone);
  return { target, numbers: await pipelineNumbers({ digest, team, owners, window }) };
}

/** The run key of a team's digest on a local date: shared by the scheduler and `/pipeline digest`. */
export const teamDigestKey = (teamId: string, date: string) => `digest:${teamId}:${date}`;

export type DigestNowResult =
  | { posted: false; date: string }
  | { posted: true; date: string; key: string; forced: boolean; digest: TeamDigest; channelId: string };

/**
 * `/pipeline digest [force]`, admins only: today's team digest now. Claims the same run key as the scheduled
 * digest, so it goes out once a day; `force` posts again even when today's was already claimed.
 */
export async function postDigestNow(input: {
  digest: DigestRepository;
  actor: Actor;
  team: Team;
  force: boolean;
  now: Date;
  /** True when this call won the run key (the scheduler's claim). */
  claim: (key: string) => Promise<boolean>;
}): Promise<DigestNowResult> {
  const { actor, team, now } = input;
  if (!actor.isAdmin) throw new DigestAdminOnlyError();
  if (!team.salesChannelId) throw new SalesChannelMissingError(team.teamId);
  const date = localDate(now, team.timezone);
  const key = teamDigestKey(team.teamId, date);
  const claimed = await input.claim(key);
  if (!claimed && !input.force) return { posted: false, date };
  const digest = await teamDigest({ digest: input.digest, team, date, now });
  return { posted: true, date, key, forced: !claimed, digest, channelId: team.salesChannelId };
}
