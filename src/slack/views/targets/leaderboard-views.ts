import type { KnownBlock } from '@slack/types';
import type { PipelineChartInput } from '../../../features/digest/pipeline-chart.js';
import type { MilestoneAnnouncement } from '../../../features/targets/milestones.usecases.js';
import type { Leaderboard } from '../../../features/targets/targets.types.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { amountLabel, metricLabel, type TargetFormat } from '../../targets/target-format.js';
import { mrkdwn, plain } from '../blocks.js';
import { lastDayOf, sections } from '../digest/digest-format.js';

/** Reps named in the message; the rest are counted. */
export const LEADERBOARD_LINES = 20;
/** Bars in the chart: more would make each one too thin to read. */
export const LEADERBOARD_BARS = 12;

function title(board: Leaderboard, f: TargetFormat): string {
  return board.period === 'week'
    ? f.t('targets.leaderboard.title.week', { from: board.window.fromDate })
    : f.t('targets.leaderboard.title.month', { month: board.window.fromDate.slice(0, 7) });
}

/** The leaderboard: rank, rep, amount won, collected, deals and activities, best first. */
export function buildLeaderboard(
  board: Leaderboard,
  f: TargetFormat,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  const to = lastDayOf(board.window);
  const money = (minor: number) => amountLabel(minor, board.currency, f.locale);
  const lines = board.rows.slice(0, LEADERBOARD_LINES).map((row, i) =>
    t('targets.leaderboard.line', {
      rank: i + 1,
      rep: userMention(row.userId),
      won: money(row.wonAmount),
      collected: money(row.collectedAmount),
      deals: row.deals,
      activities: row.activities,
    }),
  );
  if (board.rows.length > LEADERBOARD_LINES)
    lines.push(`_${t('targets.leaderboard.more', { count: board.rows.length - LEADERBOARD_LINES })}_`);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(title(board, f), SLACK_LIMITS.headerText) },
    {
      type: 'context',
      elements: [mrkdwn(t('targets.leaderboard.window', { from: board.window.fromDate, to }))],
    },
    ...sections('', lines.length ? lines : [t('targets.leaderboard.empty')]),
  ];
  if (board.otherCurrencyDeals > 0)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('targets.leaderboard.otherCurrency', { count: board.otherCurrencyDeals }))],
    });
  return { text: t('targets.leaderboard.text', { from: board.window.fromDate, to }), blocks };
}

/** The chart: one bar per rep (the top ones) with the amount won, the deals beside it, like the pipeline chart. */
export function leaderboardChartInput(board: Leaderboard, f: TargetFormat): PipelineChartInput {
  const { t } = f;
  const total = board.rows.reduce((sum, row) => sum + row.wonAmount, 0);
  return {
    title: `${title(board, f)} · ${t('targets.leaderboard.chartTitle')}`,
    subtitle: t('targets.leaderboard.chartSubtitle', {
      from: board.window.fromDate,
      to: lastDayOf(board.window),
      total: amountLabel(total, board.currency, f.locale),
    }),
    bars: board.rows.slice(0, LEADERBOARD_BARS).map((row) => ({
      label: row.displayName ?? row.userId,
      count: row.deals,
      value: row.wonAmount,
    })),
    valueLabel: (minor) => amountLabel(minor, board.currency, f.locale),
    countLabel: (n) => t('targets.leaderboard.chartCount', { count: n }),
  };
}

/** A milestone of a monthly target, announced in the sales channel. */
export function buildMilestone(
  announcement: MilestoneAnnouncement,
  f: TargetFormat,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  const { target, progress } = announcement.progress;
  const params = {
    percent: announcement.percent,
    metric: metricLabel(target.metric, t),
    done: amountLabel(progress.done, target.currency ?? f.currency, f.locale),
    target: amountLabel(progress.target, target.currency ?? f.currency, f.locale),
  };
  const text =
    target.subject.kind === 'team'
      ? t('targets.milestone.team', params)
      : t('targets.milestone.rep', { ...params, rep: userMention(target.subject.userId) });
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
