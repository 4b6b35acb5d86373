import type { Actor, Team } from '../features/team/team.types.js';
import type { Translate } from '../i18n/index.js';
import type { Logger } from '../logger.js';

/** Who is calling and how to talk to them, resolved after the ack (src/slack/requests/caller.ts). */
export interface RequestContext {
  requestId: string;
  log: Logger;
  actor: Actor;
  team: Team;
  t: Translate;
}
