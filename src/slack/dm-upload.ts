import type { WebClient } from '@slack/web-api';

/**
 * Uploads a text file into the user's DM with the bot (files.uploadV2), with `comment` as its message: exports go
 * there because a slash command's channel may be one the bot is not in.
 */
export async function uploadToOwnDm(
  client: WebClient,
  userId: string,
  file: { text: string; fileName: string; comment: string },
): Promise<void> {
  const opened = (await client.conversations.open({ users: userId })) as { channel?: { id?: string } };
  await client.files.uploadV2({
    channel_id: opened.channel?.id ?? userId,
    file: Buffer.from(file.text, 'utf8'),
    filename: file.fileName,
    title: file.fileName,
    initial_comment: file.comment,
  });
}
