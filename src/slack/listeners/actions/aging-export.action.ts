import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { agingCsvFile } from '../../ledger/aging.presenter.js';
import { uploadCsv } from '../../ledger/ledger.presenter.js';
import { parseAgingGrouping } from '../../ledger/ledger-command-parser.js';
import { onAction } from '../../requests/after-ack.js';

/** "Export CSV" under `/contract aging`: every row the caller may see, to their DM (the button names the grouping). */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.agingExportCsv,
    onAction<BlockButtonAction>(deps, async ({ action, respond, client, request }) => {
      const { actor, t } = request;
      const grouping = parseAgingGrouping(action.value ?? '');
      if (grouping === null || grouping === 'invalid') return;
      const { csv, count, today } = await agingCsvFile(deps, request, grouping);
      if (count === 0) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: t('ledger.export.empty'),
        });
        return;
      }
      const title = t('aging.exportTitle', { today, count });
      await uploadCsv({ client, userId: actor.userId, filename: `salesflow-aging-${today}.csv`, csv, title });
      await respond({ response_type: 'ephemeral', replace_original: false, text: t('ledger.export.sent') });
    }),
  );
}
