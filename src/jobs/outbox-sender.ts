import { ErrorCode, type FilesUploadV2Arguments, WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import { type Logger, toBoltLogger } from '../logger.js';
import type { OutboxRow } from './outbox.repository.js';

/* How one outbox row becomes one Slack call, and how an earlier, interrupted attempt is found (see outbox.ts). */

/** Slack errors that no retry will fix: the row is marked failed and logged. */
export const PERMANENT_ERRORS = new Set([
  'user_not_found',
  'account_inactive',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'invalid_arguments',
  'cannot_dm_bot',
  'messages_tab_disabled',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'restricted_action',
  'invalid_auth',
  'token_revoked',
  'not_authed',
]);

const UNREACHABLE_CHANNEL_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/** The channel `row` could not be posted in because the bot cannot be there (its admins must be told), if so. */
export function unreachableChannelOf(row: Pick<OutboxRow, 'channel'>, error: string): string | undefined {
  return row.channel && /^[CG]/.test(row.channel) && UNREACHABLE_CHANNEL_ERRORS.has(error)
    ? row.channel
    : undefined;
}

export const METADATA_EVENT_TYPE = 'salesflow_outbox';

/** How long a row waits after its `attempts`-th failed try: exponential, capped, with jitter. */
export function retryDelayMs(
  attempts: number,
  limits: { backoffBaseMs: number; backoffMaxMs: number },
): number {
  const exponential = Math.min(limits.backoffMaxMs, limits.backoffBaseMs * 2 ** (attempts - 1));
  // Jitter spreads a storm's retries so they do not all hit Slack in the same second.
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}

/** What a failed Slack call means for its row: wait as told, give up, or try again later. */
export type SendFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'permanent'; error: string }
  | { kind: 'retry'; description: string };

export function classifyFailure(error: unknown): SendFailure {
  const coded = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
  };
  if (coded.code === ErrorCode.RateLimitedError)
    return { kind: 'rate_limited', retryAfterSeconds: coded.retryAfter ?? 1 };
  const slackError = coded.code === ErrorCode.PlatformError ? coded.data?.error : undefined;
  if (slackError && PERMANENT_ERRORS.has(slackError)) return { kind: 'permanent', error: slackError };
  const description =
    slackError ??
    (coded.code === ErrorCode.HTTPError
      ? `http ${coded.statusCode}`
      : error instanceof Error
        ? error.message
        : String(error));
  return { kind: 'retry', description };
}

/** The client the outbox sends with: no retries of its own, 429 surfaced, so each row keeps its own schedule. */
export function createOutboxClient(config: Config, logger: Logger): WebClient {
  return new WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    logger: toBoltLogger(logger.child({ source: 'outbox-client' })),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });
}

/**
 * Makes the row's Slack call; returns what to keep of Slack's answer (channel, ts, file ids). A public channel
 * the bot is not in (`not_in_channel`) is joined (channels:join) and the call made once more; a channel it
 * cannot join stays a permanent failure, which the worker reports to the team's admins.
 */
export async function sendRow(client: WebClient, row: OutboxRow): Promise<Record<string, unknown>> {
  try {
    return await callSlack(client, row);
  } catch (error) {
    const channel = row.channel ?? '';
    if ((error as { data?: { error?: string } }).data?.error !== 'not_in_channel' || !/^[CG]/.test(channel))
      throw error;
    try {
      await client.conversations.join({ channel });
    } catch {
      throw error;
    }
    return callSlack(client, row);
  }
}

async function callSlack(client: WebClient, row: OutboxRow): Promise<Record<string, unknown>> {
  if (row.method === 'files.uploadV2') {
    const { file_base64: base64, ...rest } = row.payload;
    // A file for someone's DM (a finance export) is addressed by user id; uploads need the DM's channel id.
    if (typeof rest.channel_id === 'string' && /^[UW]/.test(rest.channel_id)) {
      const opened = await client.conversations.open({ users: rest.channel_id });
      if (opened.channel?.id) rest.channel_id = opened.channel.id;
    }
    const args = {
      ...rest,
      ...(typeof base64 === 'string' ? { file: Buffer.from(base64, 'base64') } : {}),
    } as unknown as FilesUploadV2Arguments;
    const result = (await client.files.uploadV2(args)) as unknown as {
      files?: { files?: { id?: string }[] }[];
    };
    const ids = (result.files ?? []).flatMap((entry) => entry.files ?? []).map((file) => file.id);
    return { files: ids };
  }
  const args =
    row.method === 'chat.postMessage'
      ? {
          ...row.payload,
          metadata: {
            event_type: METADATA_EVENT_TYPE,
            event_payload: { key: row.idempotencyKey },
          },
        }
      : row.payload;
  const result = (await client.apiCall(row.method, args)) as unknown as Record<string, unknown>;
  return {
    ...(typeof result.channel === 'string' ? { channel: result.channel } : {}),
    ...(typeof result.ts === 'string' ? { ts: result.ts } : {}),
    ...(typeof result.message_ts === 'string' ? { message_ts: result.message_ts } : {}),
  };
}

/** The message an earlier, interrupted attempt of `row` posted, if Slack has it. */
export async function findEarlierPost(
  client: WebClient,
  row: OutboxRow,
  logger: Logger,
): Promise<Record<string, unknown> | undefined> {
  if (row.method !== 'chat.postMessage' || row.attempts <= 1 || !row.channel) return undefined;
  try {
    let channel = row.channel;
    if (/^[UW]/.test(channel)) {
      const opened = await client.conversations.open({ users: channel });
      channel = opened.channel?.id ?? channel;
    }
    const history = await client.conversations.history({
      channel,
      oldest: String(Math.floor(row.createdAt.getTime() / 1000) - 1),
      include_all_metadata: true,
      limit: 200,
    });
    const found = history.messages?.find(
      (message) =>
        message.metadata?.event_type === METADATA_EVENT_TYPE &&
        (message.metadata.event_payload as { key?: string } | undefined)?.key === row.idempotencyKey,
    );
    return found?.ts ? { channel, ts: found.ts } : undefined;
  } catch (error) {
    logger.warn({ err: error, id: row.id }, 'could not check for an earlier post; sending again');
    return undefined;
  }
}
