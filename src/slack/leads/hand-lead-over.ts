import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import { reassignLead } from '../../features/leads/handover.usecases.js';
import { leadCardData } from '../../features/leads/lead-card.usecases.js';
import { loadVisibleLead } from '../../features/leads/leads.usecases.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';
import { notifyReassignment } from './handover-notify.js';
import { channelLocale, renderLeadCard } from './leads.presenter.js';

/**
 * `/lead #42 owner @user`: the lead as the caller sees it now, handed over on condition that it is still at that
 * version (both reps told and the thread noted, enqueued in the same transaction); then the channel's card is
 * refreshed to show the new owner. Returns the caller's confirmation.
 */
export async function handLeadOver(input: {
  deps: AppDeps;
  client: WebClient;
  request: RequestContext;
  leadId: number;
  toUserId: string;
}): Promise<string> {
  const { deps, client, request } = input;
  const { actor, team, t, log } = request;
  const current = await loadVisibleLead({ ...deps, actor, leadId: input.leadId });
  const afterHandover = await notifyReassignment(deps, request, current.ownerUserId, input.toUserId);
  const { lead, movedRequests } = await reassignLead({
    ...deps,
    actor,
    leadId: current.id,
    toUserId: input.toUserId,
    expectedVersion: current.version,
    afterHandover,
  });
  // Both reps' Homes (and their managers') list the lead: the one who gave it and the one who has it now.
  for (const ownerUserId of [current.ownerUserId, lead.ownerUserId])
    await markHomesDirty({ ...deps, teamId: actor.teamId, change: { kind: 'lead', ownerUserId } });
  if (lead.channelId && lead.threadTs) {
    try {
      const card = renderLeadCard(
        await leadCardData({ ...deps, actor, lead }),
        actor,
        deps,
        channelLocale(team, actor),
      );
      await client.chat.update({ channel: lead.channelId, ts: lead.threadTs, ...card });
    } catch (error) {
      log.warn({ err: error, leadId: lead.id }, 'could not refresh the channel card after a handover');
    }
  }
  const done = t('handover.done', {
    id: lead.id,
    company: escapeMrkdwn(lead.companyName),
    to: userMention(input.toUserId),
  });
  return movedRequests > 0 ? `${done} ${t('handover.doneRequests', { count: movedRequests })}` : done;
}
