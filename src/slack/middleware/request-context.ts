import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Gives every request an id and a child logger carrying it, the team and the user. */
export function requestContextMiddleware(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const requestId = randomUUID();
    context.requestId = requestId;
    context.log = logger.child({ requestId, teamId: context.teamId, userId: context.userId });
    await next();
  };
}
