import type { ImportRepository } from '../../features/imports/imports.repository.js';
import {
  failStalledImport,
  STOPPED_IMPORTS_KIND,
  stalledImports,
} from '../../features/imports/stopped-imports.usecases.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import { translator } from '../../i18n/index.js';
import { buildImportProgressMessage } from '../../slack/views/imports/import-progress.js';
import type { OutboxRepository } from '../outbox.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

/**
 * Imports left running by a process that stopped are marked failed, and their progress message says how to finish
 * them (see stopped-imports.usecases.ts). Once per import: the run key is the import.
 */
export function createStoppedImportsTask(deps: {
  imports: ImportRepository;
  teams: TeamRepository;
  outbox: OutboxRepository;
}): ScheduledTask {
  return {
    kind: STOPPED_IMPORTS_KIND,
    async due(now) {
      return (await stalledImports(deps, now)).map(({ teamId, id }) => ({
        kind: STOPPED_IMPORTS_KIND,
        teamId,
        key: `imports:stopped:${id}`,
        payload: { importId: id },
      }));
    },
    async run(run, now) {
      const { importId } = run.payload as { importId: number };
      const failed = await failStalledImport(deps, { teamId: run.teamId, importId, now });
      const { progressChannelId: channel, progressMessageTs: ts } = failed?.record ?? {};
      if (!failed || !channel || !ts) return;
      const message = buildImportProgressMessage({
        fileName: failed.record.fileName,
        state: { status: 'failed' },
        t: translator(failed.locale),
        kind: failed.record.kind,
      });
      await deps.outbox.enqueue([
        {
          teamId: run.teamId,
          idempotencyKey: `${run.key}:update`,
          method: 'chat.update',
          payload: { channel, ts, ...message },
          notBefore: now,
        },
      ]);
    },
  };
}
