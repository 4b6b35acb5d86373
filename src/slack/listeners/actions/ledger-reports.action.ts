import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { reconciliationCsvFile, statementCsvFile, uploadCsv } from '../../ledger/ledger.presenter.js';
import { decodeStatementValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';

/** CSV exports of a commission statement and of the month-end reconciliation, to the caller's DM. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.commissionExportCsv,
    onAction<BlockButtonAction>(deps, async ({ action, respond, client, request }) => {
      const { actor, t } = request;
      const value = decodeStatementValue(action.value);
      if (!value) return;
      const { csv, count, month } = await statementCsvFile(deps, request, value);
      const title = t('ledger.export.statementTitle', { month, count });
      await uploadCsv({
        client,
        userId: actor.userId,
        filename: `salesflow-commission-${month}.csv`,
        csv,
        title,
      });
      await respond({ response_type: 'ephemeral', replace_original: false, text: t('ledger.export.sent') });
    }),
  );

  app.action<BlockButtonAction>(
    ACTIONS.reconciliationExportCsv,
    onAction<BlockButtonAction>(deps, async ({ action, respond, client, request }) => {
      const { actor, t } = request;
      if (!/^\d{4}-\d{2}$/.test(action.value ?? '')) return;
      const { csv, month } = await reconciliationCsvFile(deps, request, action.value as string);
      const title = t('ledger.export.reconTitle', { month });
      await uploadCsv({
        client,
        userId: actor.userId,
        filename: `salesflow-reconciliation-${month}.csv`,
        csv,
        title,
      });
      await respond({ response_type: 'ephemeral', replace_original: false, text: t('ledger.export.sent') });
    }),
  );
}
