import { type LeadCardData, type LeadCardDeps, leadCardData } from '../leads/lead-card.usecases.js';
import type { Lead } from '../leads/leads.types.js';
import type { OutboxMessage, OutboxWriter } from '../outbox/outbox.types.js';
import type { Actor, Team } from '../team/team.types.js';
import { toActor } from '../team/team.usecases.js';

/** What announcing a lead from outside is about: the lead, the rep it went to and the card they will see. */
export interface InboundAnnouncement {
  team: Team;
  lead: Lead;
  /** The rep the lead was assigned to (their member row is created if they never used Salesflow). */
  owner: Actor;
  card: LeadCardData;
  possibleDuplicates: number[];
}

/**
 * A lead from outside, announced through the outbox: its card in the sales channel and a DM to its rep, as
 * `compose` (the Slack side) writes them. Their keys derive from the lead, so announcing twice sends nothing twice.
 */
export async function announceInboundLead(
  input: LeadCardDeps & {
    outbox: OutboxWriter;
    team: Team;
    lead: Lead;
    possibleDuplicates: number[];
    compose: (announcement: InboundAnnouncement) => OutboxMessage[];
  },
): Promise<void> {
  const { team, lead } = input;
  const member = await input.teams.updateMember(team.teamId, lead.ownerUserId, {});
  const owner = toActor(member, team);
  const card = await leadCardData({ ...input, actor: owner, lead });
  const messages = input.compose({ team, lead, owner, card, possibleDuplicates: input.possibleDuplicates });
  await input.outbox.enqueue(messages);
}
