import type { KnownBlock } from '@slack/types';
import type { TeamSection } from '../../../features/home/home.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { BLOCKS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { plain } from '../blocks.js';
import { buildBarChart, chartBlock, chartMoney } from '../data-chart.js';
import { sections } from '../digest/digest-format.js';
import { stageLabel } from '../leads/lead-format.js';
import { money } from '../ledger/ledger-format.js';
import { agingBlocks } from '../ledger/overdue-views.js';
import { progressLine } from '../targets/target-progress.js';

/** Reps listed with their target lines; the chart shows the first 20 (Slack's bars), the count says the rest. */
const TARGET_LINES = 15;

function pipelineBlocks(section: TeamSection, t: Translate): KnownBlock[] {
  const { currency, pipeline } = section;
  const total = pipeline.reduce(
    (sum, row) => ({
      count: sum.count + row.count,
      value: sum.value + row.value,
      weighted: sum.weighted + row.weighted,
    }),
    { count: 0, value: 0, weighted: 0 },
  );
  const whole = (minor: number) => chartMoney(minor, currency);
  return [
    ...(total.count
      ? [
          chartBlock(
            buildBarChart({
              title: t('home.team.chartTitle'),
              categories: pipeline.map((row) => stageLabel(row.stage, t)),
              series: [
                {
                  name: t('home.chart.value', { currency }),
                  values: pipeline.map((row) => whole(row.value)),
                },
                {
                  name: t('home.chart.weighted', { currency }),
                  values: pipeline.map((row) => whole(row.weighted)),
                },
              ],
              blockId: BLOCKS.homeTeamPipeline,
            }),
          ),
        ]
      : []),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t('home.team.pipelineTotal', {
            count: total.count,
            value: money(total.value, currency),
            weighted: money(total.weighted, currency),
          }),
        },
      ],
    },
  ];
}

/** Plan against done per rep: a chart of target and done this month, then every rep's line (the first 15). */
function targetBlocks(section: TeamSection, t: Translate, locale: Locale): KnownBlock[] {
  const rows = section.repTargets;
  if (rows.length === 0)
    return [{ type: 'context', elements: [{ type: 'mrkdwn', text: t('home.team.noTargets') }] }];
  const { currency } = section;
  const f = { t, locale, currency };
  const charted = rows.slice(0, SLACK_LIMITS.chartPoints);
  const nameOf = (userId: string) => section.names[userId] ?? userId;
  const repOf = (row: (typeof rows)[number]) =>
    row.target.subject.kind === 'rep' ? row.target.subject.userId : '';
  const chart = chartBlock(
    buildBarChart({
      title: t('home.team.targetsChart'),
      categories: charted.map((row) => nameOf(repOf(row))),
      series: [
        {
          name: t('home.chart.target', { currency }),
          values: charted.map((r) => chartMoney(r.progress.target, currency)),
        },
        {
          name: t('home.chart.done', { currency }),
          values: charted.map((r) => chartMoney(r.progress.done, currency)),
        },
      ],
      blockId: BLOCKS.homeTeamTargets,
    }),
  );
  const lines = rows
    .slice(0, TARGET_LINES)
    .map((row) => `• ${userMention(repOf(row))} ${progressLine(row, f).slice(2)}`);
  if (rows.length > TARGET_LINES)
    lines.push(t('home.team.targetsMore', { count: rows.length - TARGET_LINES }));
  return [chart, ...sections(t('home.team.targetsTitle'), lines)];
}

/**
 * A manager's (or director's, or admin's) part of Home: the team's pipeline as a chart with its true totals, each
 * rep's monthly target against what is done, the receivables aging of the team (`withAging` false when finance's
 * section already shows the same aging of everyone).
 */
export function teamBlocks(
  section: TeamSection,
  f: { t: Translate; locale: Locale; withAging: boolean },
): KnownBlock[] {
  const { t } = f;
  const aging = f.withAging ? agingBlocks(section.aging, t) : [];
  return [
    { type: 'divider' },
    {
      type: 'header',
      text: plain(
        t(section.owners === 'all' ? 'home.team.headerAll' : 'home.team.header'),
        SLACK_LIMITS.headerText,
      ),
    },
    ...pipelineBlocks(section, t),
    ...targetBlocks(section, t, f.locale),
    ...(f.withAging
      ? aging.length
        ? aging
        : [
            {
              type: 'context' as const,
              elements: [{ type: 'mrkdwn' as const, text: t('home.team.noAging') }],
            },
          ]
      : []),
  ];
}
