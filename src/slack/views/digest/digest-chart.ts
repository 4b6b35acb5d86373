import type { PipelineNumbers } from '../../../features/digest/digest.types.js';
import type { PipelineChartInput } from '../../../features/digest/pipeline-chart.js';
import type { Locale, Translate } from '../../../i18n/index.js';
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
