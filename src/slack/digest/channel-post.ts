import type { PipelineChartInput } from '../../features/digest/pipeline-chart.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Team } from '../../features/team/team.types.js';

/**
 * A message for the sales channel (its native chart inside, its plain `text` fallback), then — only for a team that
 * turned chart images on — the same chart as a PNG in the same channel. Idempotency keys derive from `key`, so a
 * run that runs again enqueues nothing twice.
 */
export async function channelPostWithChart(input: {
  team: Team & { salesChannelId: string };
  message: { text: string; blocks: unknown[] };
  key: string;
  /** Due from this instant (the app's clock, not the database's). */
  now: Date;
  /** The PNG's input, file name and title; asked for only when the team wants images. */
  image: () => { chart: PipelineChartInput; filename: string; title: string };
}): Promise<OutboxMessage[]> {
  const { team, message, key, now } = input;
  const channel = team.salesChannelId;
  const post: OutboxMessage = {
    teamId: team.teamId,
    idempotencyKey: `${key}:message`,
    method: 'chat.postMessage',
    payload: { channel, text: message.text, blocks: message.blocks, unfurl_links: false },
    notBefore: now,
  };
  // Native chart only by default: no renderer loaded, no files:write upload.
  if (!team.chartImages) return [post];
  // Loaded on first use: the chart renderer (Skia and its fonts) is ~20 MB an idle instance does not need.
  const { renderPipelineChart } = await import('../../features/digest/pipeline-chart.js');
  const { chart, filename, title } = input.image();
  const png = await renderPipelineChart(chart);
  return [
    post,
    {
      teamId: team.teamId,
      idempotencyKey: `${key}:chart`,
      method: 'files.uploadV2',
      payload: { channel_id: channel, file_base64: png.toString('base64'), filename, title },
      notBefore: now,
    },
  ];
}
