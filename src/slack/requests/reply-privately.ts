import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.js';
import { identityFromBody } from './caller.js';

/**
 * A message only `userId` sees: through the slash command's `response_url` when we have one (works in any
 * channel, even where the bot is not a member), otherwise as a DM from the app. `text` is mrkdwn: escape user
 * text in it before calling.
 */
export async function replyPrivately(input: {
  client: WebClient;
  userId: string;
  responseUrl?: string | undefined;
  text: string;
  blocks?: KnownBlock[];
  log: Logger;
}): Promise<void> {
  const { text } = input;
  const blocks = input.blocks
    ? [{ type: 'section', text: { type: 'mrkdwn', text } } as KnownBlock, ...input.blocks]
    : undefined;
  if (input.responseUrl) {
    try {
      const response = await fetch(input.responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text, blocks }),
      });
      if (response.ok) return;
      input.log.warn({ status: response.status }, 'response_url refused the reply; sending a DM instead');
    } catch (error) {
      input.log.warn({ err: error }, 'response_url unreachable; sending a DM instead');
    }
  }
  await input.client.chat.postMessage({ channel: input.userId, text, blocks });
}

/** Answers the user behind any payload privately: through its response_url if it has one, else as a DM. */
export async function answerPrivately(input: {
  body: unknown;
  client: WebClient;
  text: string;
  log: Logger;
}): Promise<void> {
  const { body, log } = input;
  const userId = identityFromBody(body).userId;
  if (!userId) return;
  const responseUrl = (body as { response_url?: unknown }).response_url;
  try {
    await replyPrivately({
      client: input.client,
      userId,
      responseUrl: typeof responseUrl === 'string' ? responseUrl : undefined,
      text: input.text,
      log,
    });
  } catch (error) {
    log.warn({ err: error }, 'could not answer the user privately');
  }
}
