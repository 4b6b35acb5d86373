import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { managesPriceList } from '../../../features/products/product-access.js';
import type { Logger } from '../../../logger.js';
import { runAfterAck } from '../../requests/after-ack.js';
import { buildImportFileReceivedMessage } from '../../views/imports/import-progress.js';

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;
type SharedFiles = {
  files?: { id?: string; name?: string }[];
  channel_type?: string;
  user?: string;
  bot_id?: string;
};

/** A spreadsheet by its name: what a person sends to import (an image or a PDF is not for us). */
const SPREADSHEET = /\.(csv|xlsx|txt)$/i;

/**
 * A CSV or Excel file sent to the bot in a DM does what `/lead import` does (or, for admins and finance, what
 * `/product import` does: a second button). A message event brings no trigger_id to open a modal with, so the
 * bot answers with buttons that open the preview. Other messages,
 * files in channels, and the bot's own messages are ignored.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('message', async (args: MessageArgs) => {
    const event = args.event as unknown as SharedFiles & { channel: string };
    if (event.channel_type !== 'im' || event.bot_id || !event.user) return;
    const file = event.files?.find((candidate) => candidate.id && SPREADSHEET.test(candidate.name ?? ''));
    if (!file?.id) return;
    const log = args.context.log as Logger;
    await runAfterAck(
      deps,
      args,
      async ({ client, request }) => {
        await client.chat.postMessage({
          channel: event.channel,
          ...buildImportFileReceivedMessage({
            fileName: file.name ?? '',
            fileId: file.id ?? '',
            t: request.t,
            priceList: managesPriceList(request.actor),
          }),
        });
      },
      { answerFailure: async (text) => log.warn({ text }, 'could not answer a shared file') },
    );
  });
}
