import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import {
  announceInboundLead,
  type InboundAnnouncement,
} from '../../features/inbound/inbound-announcement.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Team } from '../../features/team/team.types.js';
import { translator } from '../../i18n/index.js';
import { channelLocale, renderLeadCard } from '../leads/leads.presenter.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';

/** The outbox key of a lead card posted to the sales channel; the lead-card-threads task records its thread. */
export const leadCardKey = (leadId: number) => `lead-card:${leadId}`;

/**
 * The messages announcing a lead from outside: its card in the sales channel (in the team's language; that
 * message becomes the lead's thread) and a DM to the rep it was assigned to, naming possible duplicates.
 */
export function inboundLeadMessages(
  announcement: InboundAnnouncement,
  deps: Pick<AppDeps, 'clock'>,
): OutboxMessage[] {
  const { team, lead, owner, card: data } = announcement;
  const messages: OutboxMessage[] = [];
  if (team.salesChannelId) {
    const locale = channelLocale(team, owner);
    const card = renderLeadCard(data, owner, deps, locale);
    messages.push({
      teamId: team.teamId,
      idempotencyKey: leadCardKey(lead.id),
      method: 'chat.postMessage',
      payload: {
        channel: team.salesChannelId,
        text: translator(locale)('inbound.cardText', { user: userMention(lead.ownerUserId) }),
        blocks: card.blocks,
        unfurl_links: false,
      },
    });
  }
  const t = translator(owner.locale);
  const card = renderLeadCard(data, owner, deps, owner.locale);
  const lines = [t('inbound.toRep', { id: lead.id, company: escapeMrkdwn(lead.companyName) })];
  if (announcement.possibleDuplicates.length > 0)
    lines.push(
      t('inbound.possibleDuplicates', {
        leads: announcement.possibleDuplicates.map((id) => `#${id}`).join(', '),
      }),
    );
  messages.push({
    teamId: team.teamId,
    idempotencyKey: `inbound:${lead.id}:dm`,
    method: 'chat.postMessage',
    payload: {
      channel: lead.ownerUserId,
      text: lines.join('\n'),
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }, ...card.blocks],
      unfurl_links: false,
    },
  });
  return messages;
}

/** The inbound route's `announce`: the use case, with the messages above. */
export function inboundLeadAnnouncer(deps: AppDeps) {
  return async (input: { team: Team; lead: Lead; possibleDuplicates: number[] }): Promise<void> => {
    await announceInboundLead({
      ...deps,
      ...input,
      compose: (announcement) => inboundLeadMessages(announcement, deps),
    });
    await markHomesDirty({
      ...deps,
      teamId: input.team.teamId,
      change: { kind: 'lead', ownerUserId: input.lead.ownerUserId },
    });
  };
}
