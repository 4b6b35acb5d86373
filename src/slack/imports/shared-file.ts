import type { WebClient } from '@slack/web-api';
import { ImportFileError } from '../../features/imports/imports.errors.js';
import { MAX_IMPORT_BYTES } from '../../features/imports/imports.types.js';

/** What Slack tells about a shared file (a `file_input` value, a message's `files`, files.info). */
export interface SharedFile {
  id: string;
  name?: string;
  size?: number;
  url_private_download?: string;
}

const DOWNLOAD_TIMEOUT_MS = 20_000;

/**
 * A file a user shared with the bot, downloaded as Slack requires: `url_private_download` with the bot token in
 * the Authorization header (files:read). Slack answers a missing or wrong token with a redirect to its sign-in
 * page, not an error, so redirects are refused rather than followed. Too large a file is refused unread.
 */
export async function downloadSharedFile(input: {
  client: WebClient;
  botToken: string;
  file: SharedFile;
}): Promise<{ name: string; bytes: Uint8Array }> {
  let file = input.file;
  if (!file.url_private_download) {
    const info = (await input.client.files.info({ file: file.id })) as { file?: SharedFile };
    file = { ...file, ...info.file };
  }
  const tooLarge = () =>
    new ImportFileError('tooLarge', { params: { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 } });
  if ((file.size ?? 0) > MAX_IMPORT_BYTES) throw tooLarge();
  if (!file.url_private_download) throw new ImportFileError('unreadable');
  const response = await fetch(file.url_private_download, {
    headers: { authorization: `Bearer ${input.botToken}` },
    redirect: 'manual',
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (response.status !== 200) {
    throw new ImportFileError('unreadable', {
      cause: new Error(`file download answered ${response.status}`),
    });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  return { name: file.name ?? 'import.csv', bytes };
}
