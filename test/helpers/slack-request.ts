import { createHmac, randomUUID } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Slack's v0 request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signature(body: string, timestamp: number, secret = TEST_SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  timestamp?: number;
  headers?: Record<string, string>;
  /** Replace the computed signature (forgery tests). */
  signature?: string | null;
  /**
   * The e2e helpers wait, after Slack's HTTP answer (the ack), until the app's after-ack work is done, so a test
   * reads its effects; `false` returns at the ack (a test of the ack itself, or of work that cannot finish).
   */
  settle?: boolean;
}

/** Posts `body` to the app as Slack would, signed unless told otherwise. */
/**
 * The request timestamp Slack would sign now, in seconds. Not a business clock: Bolt refuses a signature more than
 * five minutes from its own real clock, so this one read of the wall clock is the only one the signing needs.
 */
export const slackTimestampNow = (): number => Math.floor(Date.now() / 1000);

export async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<{ status: number; text: string; json: () => unknown }> {
  const timestamp = options.timestamp ?? slackTimestampNow();
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    ...options.headers,
  };
  const sig =
    options.signature === undefined ? signature(body, timestamp, options.secret) : options.signature;
  if (sig !== null) headers['x-slack-signature'] = sig;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export interface CommandPayload {
  command: string;
  text?: string;
  user_id: string;
  team_id: string;
  channel_id?: string;
  trigger_id?: string;
  response_url: string;
}

/** A slash command's fields as Slack sends them: form fields over HTTP, the same as a JSON object in Socket Mode. */
export function commandFields(payload: CommandPayload): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: payload.team_id,
    team_domain: 'salesflow-test',
    channel_id: payload.channel_id ?? 'C_GENERAL',
    channel_name: 'general',
    user_id: payload.user_id,
    user_name: payload.user_id.toLowerCase(),
    command: payload.command,
    text: payload.text ?? '',
    api_app_id: 'A_SALESFLOW',
    is_enterprise_install: 'false',
    response_url: payload.response_url,
    trigger_id: payload.trigger_id ?? `trigger.${randomUUID()}`,
  };
}

export function commandBody(payload: CommandPayload): string {
  return new URLSearchParams(commandFields(payload)).toString();
}

/** Interactivity payloads (block_actions, view_submission, shortcuts) arrive as a form field `payload`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
