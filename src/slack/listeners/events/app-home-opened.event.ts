import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { homeOverview } from '../../../features/leads/lead-home.usecases.js';
import type { Logger } from '../../../logger.js';
import { resolveCaller } from '../../requests/caller.js';
import { buildAppHome } from '../../views/home/app-home.js';

/**
 * Opening the Home tab publishes the rep's pipeline, due follow-ups and recent leads, fresh each time. Bolt has
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
        const { actor, t } = await resolveCaller({
          deps,
          body,
          client,
          log,
          requestId: String(context.requestId),
        });
        const overview = await homeOverview({ ...deps, actor });
        await client.views.publish({
          user_id: actor.userId,
          view: buildAppHome({ overview, userId: actor.userId, t, locale: actor.locale }),
        });
      });
    },
  );
}
