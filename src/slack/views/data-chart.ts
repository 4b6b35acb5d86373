import type { Block, KnownBlock } from '@slack/types';
import { currencyExponent } from '../../lib/money/minor-units.js';
import { SLACK_LIMITS } from '../limits.js';
import { fitSlackLimit } from '../mrkdwn.js';

/**
 * Slack's data visualization block (docs.slack.dev/reference/block-kit/blocks/data-visualization-block), typed
 * here because @slack/types 3.2.0 does not type it yet.
 */
export interface ChartPoint {
  label: string;
  value: number;
}
export interface ChartSeries {
  name: string;
  data: ChartPoint[];
}
export type Chart =
  | { type: 'pie'; segments: ChartPoint[] }
  | {
      type: 'bar' | 'area' | 'line';
      series: ChartSeries[];
      axis_config: { categories: string[]; x_label?: string; y_label?: string };
    };
export interface DataVisualizationBlock extends Block {
  type: 'data_visualization';
  title: string;
  chart: Chart;
}

export interface BarChartInput {
  title: string;
  /** The bars, in the order they are drawn (the first ones are kept past Slack's 20 points). */
  categories: string[];
  /** One series per kind of value (at most 6), each with one value per category. */
  series: { name: string; values: number[] }[];
  xLabel?: string;
  yLabel?: string;
  blockId?: string;
}

/**
 * Category labels as Slack takes them: at most 20 characters, and unique (a point names its category by label,
 * so two reps cut to the same 20 characters would merge): a clash gets its position as a prefix.
 */
export function chartLabels(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label, index) => {
    let fitted = fitSlackLimit(label.trim() || '—', SLACK_LIMITS.chartLabel);
    if (seen.has(fitted)) fitted = fitSlackLimit(`${index + 1}. ${label.trim()}`, SLACK_LIMITS.chartLabel);
    seen.add(fitted);
    return fitted;
  });
}

/** A bar chart within Slack's limits: 20 bars, 6 series, titles and labels cut to their lengths. */
export function buildBarChart(input: BarChartInput): DataVisualizationBlock {
  const categories = chartLabels(input.categories.slice(0, SLACK_LIMITS.chartPoints));
  const names = chartLabels(input.series.slice(0, SLACK_LIMITS.chartSeries).map((series) => series.name));
  const axis = (text: string | undefined) =>
    text ? fitSlackLimit(text, SLACK_LIMITS.chartAxisLabel) : undefined;
  const xLabel = axis(input.xLabel);
  const yLabel = axis(input.yLabel);
  return {
    type: 'data_visualization',
    ...(input.blockId ? { block_id: input.blockId } : {}),
    title: fitSlackLimit(input.title, SLACK_LIMITS.chartTitle),
    chart: {
      type: 'bar',
      series: names.map((name, s) => ({
        name,
        data: categories.map((label, c) => ({ label, value: input.series[s]?.values[c] ?? 0 })),
      })),
      axis_config: {
        categories,
        ...(xLabel ? { x_label: xLabel } : {}),
        ...(yLabel ? { y_label: yLabel } : {}),
      },
    },
  };
}

/**
 * Money on a chart's axis: whole units of the currency (rounded down), an integer so no float is made from money;
 * the chart only draws it, the exact amounts stay in the table and the text.
 */
export function chartMoney(minor: number, currency: string): number {
  const scale = 10 ** currencyExponent(currency);
  return Math.trunc(minor / scale);
}

/**
 * The chart as a message or Home tab block. The one cast in the app's block types: @slack/types 3.2.0 has no
 * `data_visualization` in `KnownBlock`, and the fake Slack checks the block against Slack's documented rules.
 */
export function chartBlock(block: DataVisualizationBlock): KnownBlock {
  return block as unknown as KnownBlock;
}
