import type { KnownBlock } from '@slack/types';
import type { PipelineChartInput } from '../../../features/digest/pipeline-chart.js';
import type { MilestoneAnnouncement } from '../../../features/targets/milestones.usecases.js';
import type { Leaderboard } from '../../../features/targets/targets.types.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { amountLabel, metricLabel, type TargetFormat } from '../../targets/target-format.js';
import { mrkdwn, plain } from '../blocks.js';
import { buildBarChart, chartBlock, chartMoney } from '../data-chart.js';
import { buildDataTable, numberCell, textCell, userCell } from '../data-table.js';
import { lastDayOf } from '../digest/digest-format.js';

/** Bars in the chart: more would make each one too thin to read. */
export const LEADERBOARD_BARS = 12;

function title(board: Leaderboard, f: TargetFormat): string {
  return board.period === 'week'
    ? f.t('targets.leaderboard.title.week', { from: board.window.fromDate })
    : f.t('targets.leaderboard.title.month', { month: board.window.fromDate.slice(0, 7) });
}

/** The leaderboard's table: rank, rep, amount won, collected, deals and activities, best first, team totals last. */
function leaderboardTable(board: Leaderboard, f: TargetFormat) {
  const { t } = f;
  const money = (minor: number) => numberCell(minor, amountLabel(minor, board.currency, f.locale));
  const sum = (pick: (row: Leaderboard['rows'][number]) => number) =>
    board.rows.reduce((total, row) => total + pick(row), 0);
  return buildDataTable({
    caption: t('targets.leaderboard.table.caption'),
    headers: [
      t('targets.leaderboard.table.rank'),
      t('targets.leaderboard.table.rep'),
      t('targets.leaderboard.table.won'),
      t('targets.leaderboard.table.collected'),
      t('targets.leaderboard.table.deals'),
      t('targets.leaderboard.table.activities'),
    ],
    rows: board.rows.map((row, i) => [
      numberCell(i + 1),
      userCell(row.userId),
      money(row.wonAmount),
      money(row.collectedAmount),
      numberCell(row.deals),
      numberCell(row.activities),
    ]),
    totals: [
      [
        textCell(t('targets.leaderboard.table.total')),
        numberCell(board.rows.length),
        money(sum((row) => row.wonAmount)),
        money(sum((row) => row.collectedAmount)),
        numberCell(sum((row) => row.deals)),
        numberCell(sum((row) => row.activities)),
      ],
    ],
    blockId: 'leaderboard_table',
  });
}

/** The native chart: amount won by the top reps (Slack draws at most 20 bars), in whole units of the currency. */
export function leaderboardChart(board: Leaderboard, f: TargetFormat) {
  const top = board.rows.slice(0, SLACK_LIMITS.chartPoints);
  return buildBarChart({
    title: `${title(board, f)} · ${f.t('targets.leaderboard.chartTitle')}`,
    categories: top.map((row) => row.displayName ?? row.userId),
    series: [
      {
        name: f.t('targets.leaderboard.chartSeries', { currency: board.currency }),
        values: top.map((row) => chartMoney(row.wonAmount, board.currency)),
      },
    ],
    xLabel: f.t('targets.leaderboard.chartTop', { count: top.length }),
    blockId: 'leaderboard_chart',
  });
}

/**
 * The leaderboard: the chart of the top reps, then every rep in a data table (sortable in the client) with the
 * team's totals; past Slack's 100 rows, the first ones by rank and "showing N of M".
 */
export function buildLeaderboard(
  board: Leaderboard,
  f: TargetFormat,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  const to = lastDayOf(board.window);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(title(board, f), SLACK_LIMITS.headerText) },
    {
      type: 'context',
      elements: [mrkdwn(t('targets.leaderboard.window', { from: board.window.fromDate, to }))],
    },
  ];
  const table = leaderboardTable(board, f);
  if (table) {
    blocks.push(chartBlock(leaderboardChart(board, f)), table.block);
    if (table.shown < table.total)
      blocks.push({
        type: 'context',
        elements: [mrkdwn(t('common.table.shown', { shown: table.shown, total: table.total }))],
      });
  } else blocks.push({ type: 'section', text: mrkdwn(t('targets.leaderboard.empty')) });
  if (board.otherCurrencyDeals > 0)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('targets.leaderboard.otherCurrency', { count: board.otherCurrencyDeals }))],
    });
  const leaders = board.rows.slice(0, 3).map((row, i) =>
    t('targets.leaderboard.line', {
      rank: i + 1,
      rep: userMention(row.userId),
      won: amountLabel(row.wonAmount, board.currency, f.locale),
      collected: amountLabel(row.collectedAmount, board.currency, f.locale),
      deals: row.deals,
      activities: row.activities,
    }),
  );
  const text = [t('targets.leaderboard.text', { from: board.window.fromDate, to }), ...leaders].join('\n');
  return { text, blocks };
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
