import type { Clock } from '../../lib/clock.js';
import type { OutboxMessage, OutboxWriter } from '../outbox/outbox.types.js';
import type { TeamRepository } from './team.repository.js';
import type { Actor } from './team.types.js';
import { toActor } from './team.usecases.js';

/** What the admins are told when Salesflow cannot post in a team channel. */
export interface UnreachableChannel {
  teamId: string;
  channelId: string;
  /** Slack's answer: `not_in_channel` (public, could not join), `channel_not_found` (private), `is_archived`. */
  reason: string;
  /** The UTC day of the report: the notice's keys carry it, so each admin hears of a channel once a day. */
  day: string;
  admins: Actor[];
}

/**
 * Tells the team's admins, through the outbox, that a channel needs the bot (`/invite @Salesflow`). Every
 * post that bounces reports it, but the keys `compose` derives from (channel, day, admin) make the outbox keep
 * one notice per admin per day: the first bounce tells them, the rest add nothing. Returns how many were new.
 */
export async function reportUnreachableChannel(input: {
  teams: TeamRepository;
  outbox: OutboxWriter;
  clock: Clock;
  teamId: string;
  channelId: string;
  reason: string;
  compose: (report: UnreachableChannel) => OutboxMessage[];
}): Promise<number> {
  const team = await input.teams.ensureTeam(input.teamId);
  const admins = (await input.teams.listMembers(input.teamId))
    .map((member) => toActor(member, team))
    .filter((actor) => actor.isAdmin);
  if (admins.length === 0) return 0;
  const day = input.clock.now().toISOString().slice(0, 10);
  const messages = input.compose({
    teamId: input.teamId,
    channelId: input.channelId,
    reason: input.reason,
    day,
    admins,
  });
  return input.outbox.enqueue(messages);
}
