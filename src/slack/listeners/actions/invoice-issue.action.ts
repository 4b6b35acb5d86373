import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { todayFor } from '../../../features/leads/leads.usecases.js';
import { startInvoiceIssue } from '../../../features/ledger/invoices.usecases.js';
import { ACTIONS } from '../../ids.js';
import { encodeLedgerMetadata, parseIdButtonValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildIssueInvoiceModal } from '../../views/ledger/ledger-modals.js';

/** "Record invoice" (finance, on an approved invoice): the number, date and amount actually invoiced. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.invoiceIssue}_\\d+$`),
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        const invoiceId = parseIdButtonValue(action.value) ?? Number.NaN;
        const { invoice, contract } = await startInvoiceIssue({ ...deps, actor, team, invoiceId });
        const metadata = encodeLedgerMetadata({ invoiceId: invoice.id });
        const view = buildIssueInvoiceModal({
          invoice,
          contract,
          today: todayFor(actor, deps.clock),
          metadata,
          t,
        });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
