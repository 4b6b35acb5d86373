import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { homeOverview } from '../../../features/leads/lead-home.usecases.js';
import type { Logger } from '../../../logger.js';
import { runAfterAck } from '../../requests/after-ack.js';
import { buildAppHome } from '../../views/home/app-home.js';

/**
 * Opening the Home tab publishes the rep's pipeline, due follow-ups and recent leads, fresh each time. Bolt has
 * already acknowledged the event; the work queues like any other. A failure is only logged: the tab keeps its
 * last view, and a DM about it would be noise.
 */
export function register(app: App, deps: AppDeps): void {
  app.event(
    'app_home_opened',
    async (args: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
      if (args.event.tab !== 'home') return;
      const log = args.context.log as Logger;
      await runAfterAck(
        deps,
        args,
        async ({ client, request }) => {
          const { actor, t } = request;
          const overview = await homeOverview({ ...deps, actor });
          await client.views.publish({
            user_id: actor.userId,
            view: buildAppHome({ overview, userId: actor.userId, t, locale: actor.locale }),
          });
        },
        { answerFailure: async (text) => log.warn({ text }, 'could not publish the App Home') },
      );
    },
  );
}
