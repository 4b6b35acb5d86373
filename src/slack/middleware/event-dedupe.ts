import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { claimEventDelivery, releaseEventDelivery } from '../../features/team/event-delivery.usecases.js';
import type { Logger } from '../../logger.js';

/**
 * Slack redelivers an event (`X-Slack-Retry-Num`) when our 200 was slow or lost. The first delivery of an
 * `event_id` claims it in the database; any later delivery, on any instance, stops here. If handling fails,
 * the claim is released so Slack's next retry gets another chance instead of being dropped.
 */
export function eventDedupeMiddleware(deps: Pick<AppDeps, 'processedEvents'>): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      const first = await claimEventDelivery({ ...deps, eventId, teamId: context.teamId ?? '' });
      if (!first) {
        (context.log as Logger | undefined)?.info({ eventId }, 'duplicate event delivery ignored');
        return;
      }
      try {
        await next();
      } catch (error) {
        await releaseEventDelivery({ ...deps, eventId }).catch(() => {});
        throw error;
      }
      return;
    }
    await next();
  };
}
