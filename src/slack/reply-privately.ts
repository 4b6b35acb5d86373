import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';

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
