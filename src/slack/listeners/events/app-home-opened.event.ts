import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { homeOverview } from '../../../features/leads/lead-home.usecases.js';
import { requestContext } from '../../context.js';
import { buildAppHome } from '../../views/home/app-home.js';

/** Opening the Home tab publishes the rep's pipeline, due follow-ups and recent leads, fresh each time. */
export function register(app: App, deps: AppDeps): void {
  app.event(
    'app_home_opened',
    async ({ event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
      if (event.tab !== 'home') return;
      const { actor, t } = requestContext(context);
      const overview = await homeOverview({ ...deps, actor });
      await client.views.publish({
        user_id: actor.userId,
        view: buildAppHome({ overview, userId: actor.userId, t, locale: actor.locale }),
      });
    },
  );
}
