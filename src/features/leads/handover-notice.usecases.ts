import type { Locale } from '../../i18n/index.js';
import type { OutboxMessage, OutboxWriter } from '../outbox/outbox.types.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { memberLocale } from '../team/team.usecases.js';
import type { AfterHandover } from './handover.usecases.js';

/** Who a handover concerns, and the language each of them reads. */
export interface HandoverParties {
  teamId: string;
  fromUserId: string;
  toUserId: string;
  actorUserId: string;
  /** Each person's language, looked up before the transaction. */
  localeOf: (userId: string) => Locale;
}

/**
 * The notifications of a handover, ready to be enqueued inside the transaction that moves the leads, as
 * `compose` (the Slack side) writes them for what moved. The languages are looked up first: no database read
 * happens inside that transaction but the outbox insert, so the messages exist exactly when the move does.
 */
export async function prepareHandoverNotice<Moved>(input: {
  teams: TeamRepository;
  outbox: OutboxWriter;
  actor: Actor;
  team: Team;
  fromUserId: string;
  toUserId: string;
  compose: (parties: HandoverParties, moved: Moved) => OutboxMessage[];
}): Promise<AfterHandover<Moved>> {
  const { actor, team, fromUserId, toUserId } = input;
  const locales = new Map<string, Locale>();
  for (const userId of [fromUserId, toUserId])
    locales.set(userId, await memberLocale({ teams: input.teams, team, userId }));
  const parties: HandoverParties = {
    teamId: team.teamId,
    fromUserId,
    toUserId,
    actorUserId: actor.userId,
    localeOf: (userId) => locales.get(userId) ?? actor.locale,
  };
  return async (tx, moved) => {
    await input.outbox.enqueue(input.compose(parties, moved), tx);
  };
}
