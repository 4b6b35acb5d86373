import type { ChatPostMessageArguments, WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import {
  reportUnreachableChannel,
  type UnreachableChannel,
} from '../../features/team/channel-reach.usecases.js';
import { translator } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import { slackErrorCode } from '../transport/slack-transport.js';

export type ChannelPost =
  | { ok: true; channel: string; ts: string }
  | { ok: false; reason: 'not_in_channel' | 'channel_not_found' | 'is_archived' };

/**
 * Posts into a team channel. A public channel the bot is not in (`not_in_channel`) is joined (channels:join)
 * and the post made again; a private channel it was not invited to (`channel_not_found`) or an archived one
 * cannot be fixed by the bot: `{ ok: false }` says why, and the caller falls back. Other errors are thrown.
 */
export async function postInChannel(
  client: WebClient,
  args: ChatPostMessageArguments & { channel: string },
  log: Logger,
): Promise<ChannelPost> {
  const first = await attempt(client, args);
  if (first.ok || first.reason !== 'not_in_channel') return first;
  try {
    await client.conversations.join({ channel: args.channel });
  } catch (error) {
    log.info({ channelId: args.channel, code: slackErrorCode(error) }, 'could not join the channel to post');
    return first;
  }
  return attempt(client, args);
}

async function attempt(client: WebClient, args: ChatPostMessageArguments): Promise<ChannelPost> {
  try {
    const posted = await client.chat.postMessage(args);
    return { ok: true, channel: posted.channel ?? String(args.channel), ts: posted.ts ?? '' };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived')
      return { ok: false, reason: code };
    throw error;
  }
}

/** One DM per admin, in their language: the channel needs the bot. Keys: one per admin, channel and day. */
export function unreachableChannelNotices(report: UnreachableChannel): OutboxMessage[] {
  return report.admins.map((admin) => {
    const t = translator(admin.locale);
    const text = t(
      report.reason === 'is_archived' ? 'team.channelUnreachable.archived' : 'team.channelUnreachable.invite',
      { channel: `<#${report.channelId}>` },
    );
    return {
      teamId: report.teamId,
      idempotencyKey: `channel-unreachable:${report.channelId}:${report.day}:${admin.userId}`,
      method: 'chat.postMessage',
      payload: { channel: admin.userId, text, unfurl_links: false },
    };
  });
}

/** Tells the team's admins (once a day each) that `channelId` needs the bot; never throws. */
export async function reportChannelUnreachable(
  deps: AppDeps,
  input: { teamId: string; channelId: string; reason: string; log: Logger },
): Promise<void> {
  try {
    await reportUnreachableChannel({ ...deps, ...input, compose: unreachableChannelNotices });
  } catch (error) {
    input.log.warn({ err: error, channelId: input.channelId }, 'could not tell the admins about the channel');
  }
}

/**
 * `postInChannel`, and when the channel still refuses the bot, the admins are told (once a day each). For posts
 * that have no other way to reach people: the caller only decides what to do without the message.
 */
export async function postOrReportUnreachable(
  deps: AppDeps,
  client: WebClient,
  args: ChatPostMessageArguments & { channel: string },
  input: { teamId: string; log: Logger },
): Promise<ChannelPost> {
  const posted = await postInChannel(client, args, input.log);
  if (!posted.ok)
    await reportChannelUnreachable(deps, { ...input, channelId: args.channel, reason: posted.reason });
  return posted;
}
