import type { KnownBlock } from '@slack/types';
import type { OverdueMoney } from '../../../features/home/home.types.js';
import type { StageTotal } from '../../../features/leads/lead-home.usecases.js';
import { OPEN_STAGES } from '../../../features/leads/leads.types.js';
import type { Translate } from '../../../i18n/index.js';
import { BLOCKS } from '../../ids.js';
import { mrkdwn } from '../blocks.js';
import { buildBarChart, chartBlock, chartMoney } from '../data-chart.js';
import { stageLabel } from '../leads/lead-format.js';
import { money } from '../ledger/ledger-format.js';

/**
 * The rep's open pipeline as a native bar chart, one bar per open stage: the value in the team's currency when
 * there is any (other currencies stay in the lines above, never converted), else the number of leads.
 */
export function repPipelineChart(pipeline: StageTotal[], currency: string, t: Translate): KnownBlock[] {
  const open = OPEN_STAGES.map((stage) => pipeline.find((row) => row.stage === stage));
  if (!open.some((row) => row && row.count > 0)) return [];
  const valueIn = (row: StageTotal | undefined) =>
    chartMoney(row?.values.find((v) => (v.currency ?? currency) === currency)?.amount ?? 0, currency);
  const values = open.map(valueIn);
  const byValue = values.some((value) => value > 0);
  return [
    chartBlock(
      buildBarChart({
        title: t('home.rep.chartTitle'),
        categories: OPEN_STAGES.map((stage) => stageLabel(stage, t)),
        series: [
          byValue
            ? { name: t('home.chart.value', { currency }), values }
            : { name: t('home.chart.leads'), values: open.map((row) => row?.count ?? 0) },
        ],
        blockId: BLOCKS.homeRepPipeline,
      }),
    ),
  ];
}

/** What the rep's customers owe past due, per currency; nothing to say is said too, so the rep knows it was checked. */
export function overdueMoneyBlock(rows: OverdueMoney[], t: Translate): KnownBlock {
  const text = rows.length
    ? t('home.rep.overdueMoney', { amounts: rows.map((r) => money(r.overdueMinor, r.currency)).join(' · ') })
    : t('home.rep.noOverdueMoney');
  return { type: 'context', elements: [mrkdwn(text)] };
}
