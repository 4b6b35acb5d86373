import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { getFinancePolicy } from '../../../features/ledger/finance-settings.usecases.js';
import { NotAdminError } from '../../../features/ledger/ledger.errors.js';
import { handleRequestCommand } from '../../approvals/request-command.js';
import { COMMANDS } from '../../ids.js';
import { agingMessages } from '../../ledger/aging.presenter.js';
import { contractMessage, ledgerListMessage, reconciliationMessage } from '../../ledger/ledger.presenter.js';
import { parseContractCommand } from '../../ledger/ledger-command-parser.js';
import { encodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildFinancePolicyModal } from '../../views/ledger/finance-settings-modals.js';

/**
 * `/contract <lead>`: the contract approval modal. `/contract ledger [mine|team|overdue|<lead>]`: the contract
 * ledger the caller may see; `/contract HT-2026-0001`: one contract; `/contract policy`: the finance policy
 * (admins); `/contract reconcile [month]`: the month-end reconciliation (finance, admins); `/contract aging
 * [rep|customer]`: the receivables aging the caller may see, one table per currency.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.contract,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const parsed = parseContractCommand(command.text);
        const reply = async (message: object) => {
          await respond({ response_type: 'ephemeral', ...message });
        };
        switch (parsed.kind) {
          case 'request':
            return handleRequestCommand({
              deps,
              client,
              command,
              respond,
              request,
              kind: 'contract',
              parsed: { leadText: parsed.leadText, percent: undefined },
            });
          case 'ledger':
            return reply(await ledgerListMessage(deps, request, parsed.filterText));
          case 'show':
            return reply(await contractMessage(deps, request, parsed.ref));
          case 'reconcile':
            return reply(await reconciliationMessage(deps, request, parsed.month));
          case 'aging':
            // One data table per message: a currency each, posted in order to the same response_url.
            for (const message of await agingMessages(deps, request, parsed.grouping)) await reply(message);
            return;
          case 'policy': {
            const { policy, canEdit } = await getFinancePolicy({
              ...deps,
              actor: request.actor,
              team: request.team,
            });
            if (!canEdit) throw new NotAdminError();
            const view = buildFinancePolicyModal({
              policy,
              teamCurrency: request.team.currency,
              metadata: encodeLedgerMetadata({ version: policy.version }),
              t: request.t,
            });
            return openModal({ client, triggerId: command.trigger_id, view, request });
          }
        }
      },
      { urgent: ({ command }) => ['request', 'policy'].includes(parseContractCommand(command.text).kind) },
    ),
  );
}
