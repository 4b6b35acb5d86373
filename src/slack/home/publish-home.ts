import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { homeDashboard } from '../../features/home/home-dashboard.usecases.js';
import { recordHomeOpened } from '../../features/home/home-refresh.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { translator } from '../../i18n/index.js';
import { homeTargetBlocks } from '../targets/target-command.js';
import { buildAppHome } from '../views/home/app-home.js';

/**
 * Publishes `actor`'s Home as it is now: their own work, the team's numbers for a manager, finance's queues for
 * finance. One reader and one view for every publisher: the tab being opened, a button clicked on it, the
 * debounced refresher.
 */
export async function publishHome(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
}): Promise<void> {
  const { deps, actor, team } = input;
  const t = translator(actor.locale);
  const [dashboard, targets] = await Promise.all([
    homeDashboard({ ...deps, actor, team }),
    homeTargetBlocks({ deps, actor, team, t }),
  ]);
  await input.client.views.publish({
    user_id: actor.userId,
    view: buildAppHome({
      overview: dashboard.rep.overview,
      overdueMoney: dashboard.rep.overdueMoney,
      team: dashboard.team,
      finance: dashboard.finance,
      currency: team.currency,
      userId: actor.userId,
      t,
      locale: actor.locale,
      targets,
    }),
  });
}

/**
 * The viewer's Home, fresh now, and recorded as current (so the refresher does not publish it again for the same
 * changes). The record comes first: a change saved while this one reads marks it stale again.
 */
export async function publishHomeNow(input: {
  deps: AppDeps;
  client: WebClient;
  actor: Actor;
  team: Team;
}): Promise<void> {
  await recordHomeOpened({ ...input.deps, teamId: input.actor.teamId, userId: input.actor.userId });
  await publishHome(input);
}

/** Whether a click came from the clicker's App Home tab (its buttons then re-publish it). */
export function clickedOnHome(body: { view?: { type?: string } }): boolean {
  return body.view?.type === 'home';
}
