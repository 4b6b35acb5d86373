import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { STAGES } from '../../features/leads/leads.types.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn, truncate } from '../mrkdwn.js';
import { openModal } from '../requests/modals.js';
import { buildImportUploadModal } from '../views/imports/import-modals.js';
import { uploadLeadExport } from './export-upload.js';
import { parseTransferCommand } from './transfer-command-parser.js';

/** `/lead import` opens a modal: its trigger_id must be used within 3 seconds, so the work is urgent. */
export const opensImportModal = (text: string) => parseTransferCommand(text)?.kind === 'import';

/**
 * `/lead import` (the upload modal) and `/lead export …` (the CSV in the caller's DM). Returns false when the
 * text is another `/lead` command.
 */
export async function handleTransferCommand(input: {
  deps: AppDeps;
  text: string;
  triggerId: string;
  client: WebClient;
  request: RequestContext;
  reply: (message: { text: string }) => Promise<unknown>;
}): Promise<boolean> {
  const { deps, client, request } = input;
  const { t } = request;
  const parsed = parseTransferCommand(input.text);
  if (!parsed) return false;
  switch (parsed.kind) {
    case 'import':
      await openModal({ client, triggerId: input.triggerId, view: buildImportUploadModal({ t }), request });
      return true;
    case 'unknownStage':
      await input.reply({
        text: t('leads.unknownStage', {
          stage: escapeMrkdwn(truncate(parsed.stage, 100)),
          stages: STAGES.join(', '),
        }),
      });
      return true;
    case 'export':
      await input.reply({ text: await uploadLeadExport({ deps, client, request, filter: parsed.filter }) });
      return true;
  }
}
