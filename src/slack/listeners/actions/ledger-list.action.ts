import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { MAX_LEDGER_EXPORT_ROWS } from '../../../features/ledger/ledger-export.usecases.js';
import { ACTIONS } from '../../ids.js';
import { ledgerCsvFile, ledgerListMessage, uploadCsv } from '../../ledger/ledger.presenter.js';
import { decodeLedgerListValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';

/** The ledger list's page buttons re-run its filter on another page; "Export CSV" sends all of it to the DM. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.ledgerPage}_(prev|next)$`),
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const value = decodeLedgerListValue(action.value);
      if (!value) return;
      const message = await ledgerListMessage(deps, request, value.filterText, value.page);
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    }),
  );

  app.action<BlockButtonAction>(
    ACTIONS.ledgerExportCsv,
    onAction<BlockButtonAction>(deps, async ({ action, respond, client, request }) => {
      const { actor, t } = request;
      const value = decodeLedgerListValue(action.value);
      if (!value) return;
      const { csv, count, truncated } = await ledgerCsvFile(deps, request, value.filterText);
      if (count === 0) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: t('ledger.export.empty'),
        });
        return;
      }
      const day = deps.clock.now().toISOString().slice(0, 10);
      const title = t('ledger.export.ledgerTitle', { count });
      await uploadCsv({ client, userId: actor.userId, filename: `salesflow-ledger-${day}.csv`, csv, title });
      const cut = truncated ? ` ${t('ledger.export.truncated', { count: MAX_LEDGER_EXPORT_ROWS })}` : '';
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `${t('ledger.export.sent')}${cut}`,
      });
    }),
  );
}
