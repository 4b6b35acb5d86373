import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import type { Logger } from '../../../logger.js';
import { publishHomeNow } from '../../home/publish-home.js';
import { resolveCaller } from '../../requests/caller.js';

/**
 * Opening the Home tab publishes the viewer's dashboard, fresh each time: their own targets, pipeline (a native
 * chart), follow-ups and money overdue; the team's numbers for a manager; finance's queues for finance. The open
 * is recorded: from then on their Home is also re-published when its data changes (debounced, see
 * src/jobs/home-refresher.ts). Bolt has already acknowledged the event; the work queues like any other. A failure
 * is thrown, not answered: the event dedupe then releases its claim so Slack's retry is served (a DM about a Home
 * tab would be noise).
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
        const { actor, team } = await resolveCaller({
          deps,
          body,
          client,
          log,
          requestId: String(context.requestId),
        });
        await publishHomeNow({ deps, client, actor, team });
      });
    },
  );
}
