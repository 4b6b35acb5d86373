import type { KnownBlock } from '@slack/types';
import type { DigestTargets } from '../../../features/targets/digest-targets.usecases.js';
import type { TargetProgress } from '../../../features/targets/targets.types.js';
import type { TargetsOverview } from '../../../features/targets/targets.usecases.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import {
  metricLabel,
  paceLabel,
  progressBar,
  type TargetFormat,
  valueLabel,
} from '../../targets/target-format.js';
import { mrkdwn, plain } from '../blocks.js';
import { capBlocks, sections } from '../digest/digest-format.js';
import { planVsDoneBlocks } from './day-views.js';

/** One target: what is done of it this period, and what it takes per working day from here. */
export function progressLine(row: TargetProgress, f: TargetFormat): string {
  const { t } = f;
  const { target, progress } = row;
  const line = t('targets.progress.line', {
    metric: metricLabel(target.metric, t),
    current: t(`targets.current.${target.period}`),
    done: valueLabel(target.metric, progress.done, f),
    target: valueLabel(target.metric, progress.target, f),
    percent: progress.percent,
    bar: progressBar(progress.percent),
  });
  return `• ${line}\n    _${paceLabel(target.metric, progress, f)}_`;
}

/** A titled list of targets with progress (nothing when there are none). */
export function progressSection(title: string, rows: TargetProgress[], f: TargetFormat): KnownBlock[] {
  if (rows.length === 0) return [];
  return sections(
    title,
    rows.map((row) => progressLine(row, f)),
  );
}

/**
 * The blocks `/pipeline`, App Home and `/target` show: the subject's targets, then the team's. `viewerId` is who
 * reads them, so their own targets are "yours".
 */
export function targetsBlocks(overview: TargetsOverview, f: TargetFormat, viewerId: string): KnownBlock[] {
  const { t } = f;
  const { subject } = overview;
  const ownTitle =
    subject.kind === 'team'
      ? t('targets.progress.teamTitle')
      : subject.userId === viewerId
        ? t('targets.progress.title')
        : t('targets.progress.titleOf', { user: userMention(subject.userId) });
  return [
    ...progressSection(ownTitle, overview.own, f),
    ...progressSection(t('targets.progress.teamTitle'), overview.team, f),
  ];
}

/** `/target`: the caller's (or someone's) targets and progress, privately. */
export function buildTargetsReply(
  overview: TargetsOverview,
  f: TargetFormat,
  viewerId: string,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('targets.reply.header'), SLACK_LIMITS.headerText) },
    ...targetsBlocks(overview, f, viewerId),
  ];
  if (overview.own.length + overview.team.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(t('targets.progress.none')) });
  }
  return { text: t('targets.reply.header'), blocks: capBlocks(blocks, t) };
}

/**
 * What the team digest adds: the team's targets, the reps' monthly amount targets (each line names its rep), and
 * yesterday's plan against what was done.
 */
export function digestTargetBlocks(extras: DigestTargets, f: TargetFormat): KnownBlock[] {
  const { t } = f;
  const team = extras.progress.filter((row) => row.target.subject.kind === 'team');
  const reps = extras.progress.flatMap((row) =>
    row.target.subject.kind === 'rep'
      ? [`${userMention(row.target.subject.userId)} ${progressLine(row, f).slice(2)}`]
      : [],
  );
  return [
    ...progressSection(t('targets.progress.teamTitle'), team, f),
    ...(reps.length
      ? sections(
          t('targets.progress.repsTitle'),
          reps.map((line) => `• ${line}`),
        )
      : []),
    ...planVsDoneBlocks(extras.plans, extras.planDate, t),
  ];
}
