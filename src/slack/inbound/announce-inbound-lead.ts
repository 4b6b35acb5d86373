import type { AppDeps } from '../../deps.js';
import { leadCardData } from '../../features/leads/lead-card.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Team } from '../../features/team/team.types.js';
import { memberLocale, toActor } from '../../features/team/team.usecases.js';
import { translator } from '../../i18n/index.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import { channelLocale, renderLeadCard } from '../leads/leads.presenter.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';

/** The outbox key of a lead card posted to the sales channel; the lead-card-threads task records its thread. */
export const leadCardKey = (leadId: number) => `lead-card:${leadId}`;

/**
 * A lead from outside, announced through the outbox: its card in the sales channel (in the team's language; that
 * message becomes the lead's thread) and a DM to the rep it was assigned to, naming possible duplicates. The keys
 * derive from the lead, so announcing twice sends nothing twice.
 */
export function inboundLeadAnnouncer(deps: AppDeps) {
  return async (input: { team: Team; lead: Lead; possibleDuplicates: number[] }): Promise<void> => {
    const { team, lead } = input;
    const member = await deps.teams.updateMember(team.teamId, lead.ownerUserId, {});
    const owner = toActor(member, team);
    const messages: OutboxMessage[] = [];
    const data = await leadCardData({ ...deps, actor: owner, lead });
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
    const locale = await memberLocale({ teams: deps.teams, team, userId: lead.ownerUserId });
    const t = translator(locale);
    const card = renderLeadCard(data, owner, deps, locale);
    const lines = [t('inbound.toRep', { id: lead.id, company: escapeMrkdwn(lead.companyName) })];
    if (input.possibleDuplicates.length > 0)
      lines.push(
        t('inbound.possibleDuplicates', {
          leads: input.possibleDuplicates.map((id) => `#${id}`).join(', '),
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
    await deps.outbox.enqueue(messages);
  };
}
