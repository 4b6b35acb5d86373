import { requireMoneyArgument } from '../../lib/parse/money-argument.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { progressOfTargets, type TargetDeps, teamToday } from './target-progress.usecases.js';
import {
  InvalidTargetAmountError,
  InvalidTargetPeriodError,
  TargetNotAllowedError,
  TargetsNotVisibleError,
} from './targets.errors.js';
import {
  AMOUNT_PERIODS,
  COUNT_PERIODS,
  isAmountMetric,
  type TargetMetric,
  type TargetPeriod,
  type TargetProgress,
  type TargetSubject,
} from './targets.types.js';

/** A count target above this is a typo (a rep does not make 10,000 calls a day). */
export const MAX_COUNT_TARGET = 9999;

const subjectLabel = (subject: TargetSubject) => (subject.kind === 'team' ? 'team' : subject.userId);

/**
 * Who may set a target: admins and directors for anyone and for the team; a manager for the people who report
 * to them (directly or further down), not for themselves; nobody else.
 */
export async function canSetTarget(
  teams: TeamRepository,
  actor: Actor,
  subject: TargetSubject,
): Promise<boolean> {
  if (actor.isAdmin || actor.role === 'director') return true;
  if (actor.role !== 'manager' || subject.kind === 'team') return false;
  return (await teams.listReportIds(actor.teamId, actor.userId)).includes(subject.userId);
}

/**
 * Who may read a rep's targets: the rep, anyone who may set them, and nobody else. The team's targets are the
 * whole team's business (the digest shows them in the sales channel).
 */
export async function canReadTargets(
  teams: TeamRepository,
  actor: Actor,
  subject: TargetSubject,
): Promise<boolean> {
  if (subject.kind === 'team' || subject.userId === actor.userId) return true;
  return canSetTarget(teams, actor, subject);
}

export function allowedPeriods(metric: TargetMetric): readonly TargetPeriod[] {
  return isAmountMetric(metric) ? AMOUNT_PERIODS : COUNT_PERIODS;
}

export type SetTargetResult =
  | { kind: 'set'; progress: TargetProgress }
  | { kind: 'removed'; subject: TargetSubject; metric: TargetMetric; period: TargetPeriod; existed: boolean };

/**
 * `/target @rep|team <amount> [month|quarter|year] [won|collected]` and the count targets: sets the standing
 * target (0 removes it). Amounts are in the team currency, parsed exactly into minor units.
 */
export async function setTarget(input: {
  deps: TargetDeps;
  actor: Actor;
  team: Team;
  subject: TargetSubject;
  metric: TargetMetric;
  period: TargetPeriod;
  /** What the user typed for the amount or count. */
  value: string;
}): Promise<SetTargetResult> {
  const { deps, actor, team, subject, metric, period } = input;
  if (!(await canSetTarget(deps.teams, actor, subject)))
    throw new TargetNotAllowedError(subjectLabel(subject));
  if (!allowedPeriods(metric).includes(period)) throw new InvalidTargetPeriodError(metric, period);
  const value = parseTargetValue(input.value, metric, team.currency);
  if (value === 0) {
    const existed = await deps.targets.remove(team.teamId, subject, metric, period);
    return { kind: 'removed', subject, metric, period, existed };
  }
  const target = await deps.targets.upsert({
    teamId: team.teamId,
    subject,
    metric,
    period,
    value,
    currency: isAmountMetric(metric) ? team.currency : null,
    setByUserId: actor.userId,
    at: deps.clock.now(),
  });
  const [progress] = await progressOfTargets({
    deps,
    team,
    targets: [target],
    today: teamToday(team, deps.clock),
  });
  if (!progress) throw new Error('no progress for the target just set');
  return { kind: 'set', progress };
}

function parseTargetValue(text: string, metric: TargetMetric, currency: string): number {
  if (isAmountMetric(metric)) {
    // The app's one money reader: another currency, a negative, too many decimals or too large is named; 0 removes.
    return requireMoneyArgument(text, currency, {
      allowZero: true,
      code: 'target_invalid_amount',
      currencyMessageKey: 'targets.error.amount.currency',
    });
  }
  const count = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(count) || count > MAX_COUNT_TARGET) {
    throw new InvalidTargetAmountError(text);
  }
  return count;
}

export interface TargetsOverview {
  subject: TargetSubject;
  today: string;
  currency: string;
  /** The subject's own targets (a rep's, or the team's when the subject is the team). */
  own: TargetProgress[];
  /** The team's targets, shown next to a rep's own; empty when the subject is the team. */
  team: TargetProgress[];
}

/** `/target` (the caller's own), `/target @rep` and `/target team`: targets with their progress today. */
export async function targetsOverview(input: {
  deps: TargetDeps;
  actor: Actor;
  team: Team;
  subject?: TargetSubject;
}): Promise<TargetsOverview> {
  const { deps, actor, team } = input;
  const subject = input.subject ?? { kind: 'rep', userId: actor.userId };
  if (!(await canReadTargets(deps.teams, actor, subject)))
    throw new TargetsNotVisibleError(subjectLabel(subject));
  const subjects: TargetSubject[] = subject.kind === 'team' ? [subject] : [subject, { kind: 'team' }];
  const targets = await deps.targets.forSubjects(team.teamId, subjects);
  const today = teamToday(team, deps.clock);
  const progress = await progressOfTargets({ deps, team, targets, today });
  const isOwn = (row: TargetProgress) => row.target.subject.kind === subject.kind;
  return {
    subject,
    today,
    currency: team.currency,
    own: progress.filter(isOwn),
    team: subject.kind === 'team' ? [] : progress.filter((row) => !isOwn(row)),
  };
}
