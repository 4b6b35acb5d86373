import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { MilestoneAnnouncement } from '../../features/targets/milestones.usecases.js';
import type { Leaderboard } from '../../features/targets/targets.types.js';
import type { Team } from '../../features/team/team.types.js';
import { translator } from '../../i18n/index.js';
import { channelPostWithChart } from '../digest/channel-post.js';
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

/** The leaderboard for the sales channel: the message, then its chart as a PNG for a team that wants images. */
export async function leaderboardMessages(input: {
  team: Team & { salesChannelId: string };
  board: Leaderboard;
  key: string;
  now: Date;
}): Promise<OutboxMessage[]> {
  const { team, board } = input;
  const f = channelFormat(team);
  return channelPostWithChart({
    ...input,
    message: buildLeaderboard(board, f),
    image: () => ({
      chart: leaderboardChartInput(board, f),
      filename: `leaderboard-${board.window.fromDate}.png`,
      title: f.t('targets.leaderboard.fileTitle', { from: board.window.fromDate, to: board.window.toDate }),
    }),
  });
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
