import type { Context } from '@slack/bolt';
import type { Actor, Team } from '../features/team/team.types.js';
import type { Translate } from '../i18n/index.js';
import type { Logger } from '../logger.js';

/** What the global middleware adds to Bolt's `context` for every request from a user. */
export interface RequestContext {
  requestId: string;
  log: Logger;
  actor: Actor;
  team: Team;
  t: Translate;
}

export function requestContext(context: Context): RequestContext {
  const { requestId, log, actor, team, t } = context as Context & Partial<RequestContext>;
  if (!requestId || !log || !actor || !team || !t) {
    throw new Error('request context missing: is the actor middleware registered before the listeners?');
  }
  return { requestId, log, actor, team, t };
}
