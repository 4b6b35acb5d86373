import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import {
  type ImportRecord,
  rejectedRowsCsv,
  rememberProgressMessage,
  runImport,
} from '../../features/imports/imports.usecases.js';
import { failImport } from '../../features/imports/stopped-imports.usecases.js';
import type { RequestContext } from '../context.js';
import { buildImportProgressMessage, type ImportProgressState } from '../views/imports/import-progress.js';
import { slackOwnerDirectory } from './owner-directory.js';

/** At most one progress update this often: chat.update is rate-limited (about one a second per message). */
const PROGRESS_EVERY_MS = 2_000;

/**
 * Runs a started import in the background (one at a time per instance): a message in the importer's DM shows the
 * progress, updated in place, then the outcome; the rejected rows follow as a CSV. Whatever fails, the message
 * says so; the rows already written stay, and the same file imported again completes the rest.
 */
export function runImportInBackground(input: {
  deps: AppDeps;
  client: WebClient;
  request: Pick<RequestContext, 'actor' | 't' | 'log'>;
  record: ImportRecord;
}): Promise<void> {
  const { client, record } = input;
  // An import takes seconds to minutes: its database work runs on the background budget.
  const deps = input.deps.background();
  const { actor, t, log } = input.request;
  return deps.importQueue
    .run(async () => {
      const opened = (await client.conversations.open({ users: actor.userId })) as {
        channel?: { id?: string };
      };
      const channel = opened.channel?.id ?? actor.userId;
      const message = (state: ImportProgressState) =>
        buildImportProgressMessage({ fileName: record.fileName, state, t, kind: record.kind });
      const posted = await client.chat.postMessage({
        channel,
        ...message({ status: 'running', processed: record.processed, total: record.rowCount }),
      });
      const ts = String(posted.ts);
      await rememberProgressMessage({
        ...deps,
        actor,
        importId: record.id,
        channelId: String(posted.channel ?? channel),
        ts,
      });
      const show = async (state: ImportProgressState) => {
        try {
          await client.chat.update({ channel: String(posted.channel ?? channel), ts, ...message(state) });
        } catch (error) {
          log.warn({ err: error, importId: record.id }, 'could not update the import progress message');
        }
      };
      let shownAt = Date.now();
      try {
        const done = await runImport({
          ...deps,
          actor,
          directory: slackOwnerDirectory(client, log),
          importId: record.id,
          onProgress: async ({ processed, total }) => {
            if (processed < total && Date.now() - shownAt < PROGRESS_EVERY_MS) return;
            shownAt = Date.now();
            await show({ status: 'running', processed, total });
          },
        });
        const result = done.result ?? { created: 0, updated: 0, skipped: 0, alreadyImported: 0, rejected: 0 };
        await show({ status: 'done', result });
        if (record.kind === 'leads' && result.created + result.updated > 0)
          await markHomesDirty({ ...deps, teamId: actor.teamId, change: { kind: 'leadImport' } });
        if (result.rejected > 0) {
          const rejected = await rejectedRowsCsv({ ...deps, actor, importId: record.id, t });
          await client.files.uploadV2({
            channel_id: String(posted.channel ?? channel),
            file: Buffer.from(rejected.csv, 'utf8'),
            filename: rejected.fileName,
            title: rejected.fileName,
            initial_comment: t('imports.progress.rejectedFile'),
          });
        }
      } catch (error) {
        log.error({ err: error, importId: record.id }, 'import failed');
        await failImport({ ...deps, actor, importId: record.id }).catch((failure: unknown) =>
          // Then the scheduled sweep marks it failed once it has been running too long.
          log.warn({ err: failure, importId: record.id }, 'could not mark the import failed'),
        );
        await show({ status: 'failed' });
      }
    })
    .catch((error: unknown) => log.error({ err: error, importId: record.id }, 'import could not start'));
}
