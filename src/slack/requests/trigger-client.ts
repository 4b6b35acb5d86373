import { ErrorCode, WebClient } from '@slack/web-api';
import { AppError } from '../../lib/errors.js';
import { slackErrorCode } from '../transport/slack-transport.js';

/**
 * A trigger_id lives 3 s from the click and opens one modal (https://api.slack.com/docs/triggers). The bot's
 * shared client retries and, after one 429 anywhere (users.info, a post…), pauses its whole queue for the
 * Retry-After: a modal waiting there reaches Slack after its trigger died (measured: 18.5 s behind a
 * users.info 429 with Retry-After 20). Calls that spend a trigger (views.open, views.push) therefore go through
 * a client of their own, with no retries and a timeout inside the trigger's life.
 */
export const TRIGGER_CALL_TIMEOUT_MS = 2500;

const triggerClients = new Map<string, WebClient>();

/** The trigger-bound twin of `client`: same token and API URL, its own queue, no retries, a short timeout. */
export function triggerClientFor(client: WebClient): WebClient {
  const key = `${client.slackApiUrl}\n${client.token ?? ''}`;
  let twin = triggerClients.get(key);
  if (!twin) {
    twin = new WebClient(client.token, {
      slackApiUrl: client.slackApiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: TRIGGER_CALL_TIMEOUT_MS,
    });
    triggerClients.set(key, twin);
  }
  return twin;
}

const DEAD_TRIGGER_ERRORS = new Set(['expired_trigger_id', 'exchanged_trigger_id', 'invalid_trigger_id']);

/** Slack could not open the modal in the trigger's life: the user must run the command (or click) again. */
export class ModalNotOpenedError extends AppError {
  constructor(cause: unknown) {
    super('modal_not_opened', 'the modal could not be opened before its trigger expired', {
      cause,
      messageKey: 'common.modalNotOpened',
    });
  }
}

/** Pauses between retries of a 5xx, as the shared client's retry policy did (200 ms, then 400 ms). */
const SERVER_ERROR_BACKOFF_MS = [200, 400];

/**
 * Runs one trigger-bound call on the trigger client, retrying only while the trigger still lives: a 429 is
 * waited out when its Retry-After ends inside the budget, a 5xx is tried up to twice more. A dead trigger, a
 * 429 that outlasts the trigger or a timeout means the modal will never open: that becomes
 * `ModalNotOpenedError`, which the request wrapper tells the user in their language. Other errors are thrown.
 */
export async function spendTrigger<T>(client: WebClient, call: (twin: WebClient) => Promise<T>): Promise<T> {
  const twin = triggerClientFor(client);
  const deadline = performance.now() + TRIGGER_CALL_TIMEOUT_MS;
  for (let serverErrors = 0; ; ) {
    try {
      return await call(twin);
    } catch (error) {
      const { code, retryAfter } = error as { code?: string; retryAfter?: number };
      const slackCode = slackErrorCode(error);
      if (slackCode !== undefined && DEAD_TRIGGER_ERRORS.has(slackCode)) throw new ModalNotOpenedError(error);
      if (code === ErrorCode.RequestError) throw new ModalNotOpenedError(error);
      const waitMs =
        code === ErrorCode.RateLimitedError
          ? (retryAfter ?? 1) * 1000
          : code === ErrorCode.HTTPError
            ? SERVER_ERROR_BACKOFF_MS[serverErrors++]
            : undefined;
      if (waitMs === undefined) throw error;
      if (performance.now() + waitMs >= deadline) {
        throw code === ErrorCode.RateLimitedError ? new ModalNotOpenedError(error) : error;
      }
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
