import type { AppDeps } from '../../deps.js';
import type { MovedLead } from '../../features/leads/handover.types.js';
import type { AfterHandover } from '../../features/leads/handover.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { memberLocale } from '../../features/team/team.usecases.js';
import type { Locale } from '../../i18n/index.js';
import { handoverMessages, reassignmentMessages } from './handover-messages.js';
import { channelLocale } from './leads.presenter.js';

/**
 * The notifications of a handover, ready to be enqueued inside the transaction that moves the leads: languages
 * are looked up first (no database read happens inside that transaction but the outbox insert).
 */
async function parties(deps: AppDeps, actor: Actor, team: Team, fromUserId: string, toUserId: string) {
  const locales = new Map<string, Locale>();
  for (const userId of [fromUserId, toUserId])
    locales.set(userId, await memberLocale({ ...deps, team, userId }));
  return {
    teamId: team.teamId,
    fromUserId,
    toUserId,
    actorUserId: actor.userId,
    localeOf: (userId: string) => locales.get(userId) ?? actor.locale,
    channelLocale: channelLocale(team, actor),
  };
}

export async function notifyReassignment(
  deps: AppDeps,
  request: { actor: Actor; team: Team },
  fromUserId: string,
  toUserId: string,
): Promise<AfterHandover<Lead>> {
  const who = await parties(deps, request.actor, request.team, fromUserId, toUserId);
  return async (tx, lead) => {
    await deps.outbox.enqueue(reassignmentMessages({ ...who, lead }), tx);
  };
}

export async function notifyHandover(
  deps: AppDeps,
  request: { actor: Actor; team: Team },
  fromUserId: string,
  toUserId: string,
): Promise<AfterHandover<{ leads: MovedLead[]; movedRequests: number }>> {
  const who = await parties(deps, request.actor, request.team, fromUserId, toUserId);
  const at = deps.clock.now();
  return async (tx, moved) => {
    await deps.outbox.enqueue(handoverMessages({ ...who, ...moved, at }), tx);
  };
}
