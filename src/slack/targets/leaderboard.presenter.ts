import type { AppDeps } from '../../deps.js';
import { currentLeaderboard, type LeaderboardPeriod } from '../../features/targets/leaderboard.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { lastDayOf } from '../views/digest/digest-format.js';
import { buildLeaderboard, leaderboardChartInput } from '../views/targets/leaderboard-views.js';
import type { TargetFormat } from './target-format.js';

/**
 * `/pipeline leaderboard [week|month]`: the current week or month so far, for anyone on the team (the same
 * ranking goes to the sales channel on Mondays). The message is the private reply, its native chart inside; only
 * for a team that turned chart images on, the chart also as a PNG for the caller's DM (a private reply cannot
 * carry a file); otherwise `chart` is null and the renderer is never loaded.
 */
export async function leaderboardReply(input: {
  deps: Pick<AppDeps, 'repNumbers' | 'collected' | 'clock'>;
  actor: Actor;
  team: Team;
  t: Translate;
  period: LeaderboardPeriod;
}) {
  const { deps, actor, team, t, period } = input;
  const board = await currentLeaderboard({ deps, team, period });
  const f: TargetFormat = { t, locale: actor.locale, currency: team.currency };
  if (!team.chartImages) return { message: buildLeaderboard(board, f), chart: null };
  // Loaded on first use, as the digest does: the renderer is heavy.
  const { renderPipelineChart } = await import('../../features/digest/pipeline-chart.js');
  const png = await renderPipelineChart(leaderboardChartInput(board, f));
  const to = lastDayOf(board.window);
  return {
    message: buildLeaderboard(board, f),
    chart: {
      png,
      filename: `leaderboard-${board.window.fromDate}.png`,
      title: t('targets.leaderboard.fileTitle', { from: board.window.fromDate, to }),
    },
  };
}
