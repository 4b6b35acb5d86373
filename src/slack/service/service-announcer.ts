import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { ServiceRequest } from '../../features/service/service.types.js';
import { recordServiceThread } from '../../features/service/service.usecases.js';
import { translator } from '../../i18n/index.js';
import type { RequestContext } from '../context.js';
import { channelLocale } from '../leads/leads.presenter.js';
import { postOrReportUnreachable } from '../team/channel-reach.js';
import { buildServiceRequestMessage } from '../views/service/service-message.js';

/**
 * A new request is posted in its lead's thread, else in the sales channel, else (no channel, or one that refuses
 * the bot) sent to its owner; where it went is recorded so its buttons can update it. Never undoes the request.
 */
export async function announceServiceRequest(input: {
  deps: AppDeps;
  client: WebClient;
  request: RequestContext;
  opened: { request: ServiceRequest; thread?: { channelId: string; threadTs: string } };
}): Promise<void> {
  const { deps, client, request, opened } = input;
  const { actor, team, log } = request;
  const message = buildServiceRequestMessage(
    opened.request,
    translator(channelLocale(team, actor)),
    deps.clock.now(),
  );
  try {
    const channel = opened.thread?.channelId ?? team.salesChannelId;
    let posted: { channel: string; ts: string } | undefined;
    if (channel) {
      const result = await postOrReportUnreachable(
        deps,
        client,
        {
          channel,
          ...(opened.thread ? { thread_ts: opened.thread.threadTs } : {}),
          ...message,
          unfurl_links: false,
        },
        { teamId: actor.teamId, log },
      );
      if (result.ok) posted = result;
    }
    if (!posted) {
      const dm = await client.chat.postMessage({ channel: opened.request.ownerUserId, ...message });
      if (dm.channel && dm.ts) posted = { channel: dm.channel, ts: dm.ts };
    }
    if (posted)
      await recordServiceThread({
        ...deps,
        actor,
        requestId: opened.request.id,
        channelId: posted.channel,
        ts: posted.ts,
      });
  } catch (error) {
    log.warn({ err: error, serviceRequestId: opened.request.id }, 'could not post the service request');
  }
}

/** After a move, the request's message shows its new status (and loses the buttons it no longer has). */
export async function refreshServiceMessage(input: {
  deps: Pick<AppDeps, 'clock'>;
  client: WebClient;
  request: RequestContext;
  service: ServiceRequest;
}): Promise<void> {
  const { service, request } = input;
  if (!service.channelId || !service.threadTs) return;
  try {
    const message = buildServiceRequestMessage(
      service,
      translator(channelLocale(request.team, request.actor)),
      input.deps.clock.now(),
    );
    await input.client.chat.update({ channel: service.channelId, ts: service.threadTs, ...message });
  } catch (error) {
    request.log.warn({ err: error, serviceRequestId: service.id }, 'could not update the service request');
  }
}
