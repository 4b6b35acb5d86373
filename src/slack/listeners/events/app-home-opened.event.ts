import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { homeDashboard } from '../../../features/home/home-dashboard.usecases.js';
import type { Logger } from '../../../logger.js';
import { resolveCaller } from '../../requests/caller.js';
import { homeTargetBlocks } from '../../targets/target-command.js';
import { buildAppHome } from '../../views/home/app-home.js';

/**
 * Opening the Home tab publishes the viewer's dashboard, fresh each time: their own targets, pipeline (a native
 * chart), follow-ups and money overdue; the team's numbers for a manager; finance's queues for finance. Bolt has
 * already acknowledged the event; the work queues like any other. A failure is thrown, not answered: the event
 * dedupe then releases its claim so Slack's retry is served (a DM about a Home tab would be noise).
 */
export function register(app: App, deps: AppDeps): void {
  app.event(
    'app_home_opened',
    async ({
      event,
      body,
      client,
      context,
    }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
      if (event.tab !== 'home') return;
      await deps.afterAck.run(async () => {
        const log = context.log as Logger;
        const { actor, team, t } = await resolveCaller({
          deps,
          body,
          client,
          log,
          requestId: String(context.requestId),
        });
        const [dashboard, targets] = await Promise.all([
          homeDashboard({ ...deps, actor, team }),
          homeTargetBlocks({ deps, actor, team, t }),
        ]);
        await client.views.publish({
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
      });
    },
  );
}
