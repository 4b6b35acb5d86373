import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { MilestoneAnnouncement } from '../../features/targets/milestones.usecases.js';
import type { Leaderboard } from '../../features/targets/targets.types.js';
import type { Team } from '../../features/team/team.types.js';
import { translator } from '../../i18n/index.js';
import { channelLocale } from '../digest/digest-messages.js';
import {
  buildLeaderboard,
  buildMilestone,
  leaderboardChartInput,
} from '../views/targets/leaderboard-views.js';
import type { TargetFormat } from './target-format.js';

const channelFormat = (team: Team): TargetFormat => {
  const locale = channelLocale(team);
  return { t: translator(locale), locale, currency: team.currency };
};

/**
 * The leaderboard for the sales channel: the message (native chart and table, plain `text` fallback), then the
 * chart as a PNG only for a team that turned chart images on; keys derive from `key` so a run that runs again
 * enqueues nothing twice.
 */
export async function leaderboardMessages(input: {
  team: Team & { salesChannelId: string };
  board: Leaderboard;
  key: string;
  now: Date;
}): Promise<OutboxMessage[]> {
  const { team, board, key, now } = input;
  const f = channelFormat(team);
  const message = buildLeaderboard(board, f);
  const channel = team.salesChannelId;
  const post: OutboxMessage = {
    teamId: team.teamId,
    idempotencyKey: `${key}:message`,
    method: 'chat.postMessage',
    payload: { channel, text: message.text, blocks: message.blocks, unfurl_links: false },
    notBefore: now,
  };
  if (!team.chartImages) return [post];
  // Loaded on first use, as the digest does: the renderer is heavy and most instances never draw.
  const { renderPipelineChart } = await import('../../features/digest/pipeline-chart.js');
  const png = await renderPipelineChart(leaderboardChartInput(board, f));
  const to = board.window.toDate;
  return [
    post,
    {
      teamId: team.teamId,
      idempotencyKey: `${key}:chart`,
      method: 'files.uploadV2',
      payload: {
        channel_id: channel,
        file_base64: png.toString('base64'),
        filename: `leaderboard-${board.window.fromDate}.png`,
        title: f.t('targets.leaderboard.fileTitle', { from: board.window.fromDate, to }),
      },
      notBefore: now,
    },
  ];
}

/** Each milestone once, ever: the key names the target, the month and the share reached. */
export function milestoneMessages(input: {
  team: Team & { salesChannelId: string };
  announcements: MilestoneAnnouncement[];
  now: Date;
}): OutboxMessage[] {
  const { team } = input;
  const f = channelFormat(team);
  return input.announcements.map((announcement) => {
    const message = buildMilestone(announcement, f);
    return {
      teamId: team.teamId,
      idempotencyKey: `milestone:${announcement.progress.target.id}:${announcement.periodStart}:${announcement.percent}`,
      method: 'chat.postMessage',
      payload: { channel: team.salesChannelId, text: message.text, blocks: message.blocks },
      notBefore: input.now,
    };
  });
}
