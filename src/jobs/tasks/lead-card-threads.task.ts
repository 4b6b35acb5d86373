import type { InboundRepository } from '../../features/inbound/inbound.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

const KIND = 'lead-card-thread';
/** Cards sent longer ago than this without their thread recorded are left alone (the lead was closed, or gone). */
const LOOK_BACK_MS = 24 * 3_600_000;

/**
 * A lead card posted through the outbox (inbound leads) becomes the lead's thread once Slack answered with its
 * `ts`: this task copies it onto the lead, at most a minute later, so later activity lines land under the card.
 */
export function createLeadCardThreadTask(deps: { inbound: InboundRepository }): ScheduledTask {
  return {
    kind: KIND,
    async due(now) {
      const cards = await deps.inbound.postedCardsWithoutThread(new Date(now.getTime() - LOOK_BACK_MS));
      return cards.map((card) => ({
        kind: KIND,
        teamId: card.teamId,
        key: `${KIND}:${card.teamId}:${card.leadId}`,
        payload: { leadId: card.leadId, channelId: card.channelId, threadTs: card.threadTs },
      }));
    },
    async run(run) {
      const { leadId, channelId, threadTs } = run.payload as {
        leadId: number;
        channelId: string;
        threadTs: string;
      };
      await deps.inbound.recordThread(run.teamId, leadId, channelId, threadTs);
    },
  };
}
