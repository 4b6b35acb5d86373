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

/**
 * Runs one trigger-bound call on the trigger client. A dead trigger, a 429 or a timeout means the modal will
 * never open: that becomes `ModalNotOpenedError`, which the request wrapper tells the user in their language.
 */
export async function spendTrigger<T>(client: WebClient, call: (twin: WebClient) => Promise<T>): Promise<T> {
  try {
    return await call(triggerClientFor(client));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const slackCode = slackErrorCode(error);
    const lost =
      (slackCode !== undefined && DEAD_TRIGGER_ERRORS.has(slackCode)) ||
      code === ErrorCode.RateLimitedError ||
      code === ErrorCode.RequestError;
    throw lost ? new ModalNotOpenedError(error) : error;
  }
}
