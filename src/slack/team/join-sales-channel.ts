import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.js';

function slackError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

/**
 * Makes sure the bot can post in the sales channel. Public channels are joined (`conversations.join`, which
 * is a no-op when already in); private ones cannot be joined by a bot, so they only work if someone invited
 * it, which `conversations.info` reveals. False = ask the admin to `/invite` the bot.
 */
export async function joinSalesChannel(client: WebClient, channelId: string, log: Logger): Promise<boolean> {
  try {
    await client.conversations.join({ channel: channelId });
    return true;
  } catch (error) {
    if (slackError(error) !== 'method_not_supported_for_channel_type') {
      log.info({ channelId, code: slackError(error) }, 'could not join the sales channel');
      return false;
    }
  }
  try {
    const info = await client.conversations.info({ channel: channelId });
    return info.channel?.is_member === true;
  } catch (error) {
    // A private channel the bot is not in looks like `channel_not_found` to the bot.
    log.info({ channelId, code: slackError(error) }, 'the bot is not in the private sales channel');
    return false;
  }
}
