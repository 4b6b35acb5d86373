/**
 * What the PNG chart costs next to Slack's native chart, side by side in fresh processes (issue 23): the time to
 * load the renderer and draw the digest's pipeline chart, the resident memory after it, the bytes a files:write
 * upload carries; and the same digest with the native chart block (no renderer, no upload).
 * Run: `npx tsx scripts/bench/chart-cost.ts`.
 */
import { execFileSync } from 'node:child_process';

const CHILD = `
const started = performance.now();
const baseline = process.memoryUsage().rss;
const { translator } = await import('./src/i18n/index.js');
const { pipelineChart, pipelineChartInput } = await import('./src/slack/views/digest/digest-chart.js');
const t = translator('zh-CN');
const numbers = {
  currency: 'CNY',
  pipelineTotal: { count: 120, value: 987_654_300, weighted: 345_678_900 },
  pipeline: ['new', 'contacted', 'needs_analysis', 'presentation', 'proposal', 'negotiation', 'contract'].map(
    (stage, i) => ({ stage, count: 10 + i, value: (i + 1) * 12_345_600, weighted: (i + 1) * 6_172_800 }),
  ),
};
const ready = performance.now();
let bytes = 0;
if (process.env.MODE === 'png') {
  const { renderPipelineChart } = await import('./src/features/digest/pipeline-chart.js');
  bytes = (await renderPipelineChart(pipelineChartInput(numbers, t, 'zh-CN'))).length;
} else {
  bytes = JSON.stringify(pipelineChart(numbers, t)).length;
}
const done = performance.now();
console.log(JSON.stringify({ mode: process.env.MODE, chartMs: Math.round(done - ready), totalMs: Math.round(done - started),
  rssBeforeMb: Math.round(baseline / 1048576), rssAfterMb: Math.round(process.memoryUsage().rss / 1048576), bytes }));
`;

for (let run = 0; run < 3; run += 1)
  for (const mode of ['native', 'png']) {
    const out = execFileSync('node', ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      env: { ...process.env, MODE: mode },
      encoding: 'utf8',
    });
    process.stdout.write(out);
  }
