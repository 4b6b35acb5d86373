import type { PipelineNumbers } from '../../../features/digest/digest.types.js';
import type { PipelineChartInput } from '../../../features/digest/pipeline-chart.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { buildBarChart, chartMoney, type DataVisualizationBlock } from '../data-chart.js';
import { stageLabel } from '../leads/lead-format.js';
import { type DigestFormat, money } from './digest-format.js';

/** What the pipeline chart shows: one bar per open stage, total and weighted value, labels in `locale`. */
export function pipelineChartInput(
  numbers: PipelineNumbers,
  t: Translate,
  locale: Locale,
): PipelineChartInput {
  const f: DigestFormat = { t, locale, currency: numbers.currency };
  return {
    title: t('digest.chart.title'),
    subtitle: t('digest.chart.subtitle', {
      count: numbers.pipelineTotal.count,
      value: money(numbers.pipelineTotal.value, f),
      weighted: money(numbers.pipelineTotal.weighted, f),
    }),
    bars: numbers.pipeline.map((row) => ({
      label: stageLabel(row.stage, t),
      count: row.count,
      value: row.value,
      weighted: row.weighted,
    })),
    valueLabel: (n) => money(n, f),
    countLabel: (n) => t('digest.chart.count', { count: n }),
    legend: { value: t('digest.chart.legendValue'), weighted: t('digest.chart.legendWeighted') },
  };
}

/** The pipeline as Slack's native bar chart: one bar group per open stage, total and weighted, whole units. */
export function pipelineChart(numbers: PipelineNumbers, t: Translate): DataVisualizationBlock {
  const whole = (minor: number) => chartMoney(minor, numbers.currency);
  return buildBarChart({
    title: t('digest.chart.title'),
    categories: numbers.pipeline.map((row) => stageLabel(row.stage, t)),
    series: [
      { name: t('digest.chart.legendValue'), values: numbers.pipeline.map((row) => whole(row.value)) },
      { name: t('digest.chart.legendWeighted'), values: numbers.pipeline.map((row) => whole(row.weighted)) },
    ],
    yLabel: numbers.currency,
    blockId: 'digest_pipeline_chart',
  });
}
