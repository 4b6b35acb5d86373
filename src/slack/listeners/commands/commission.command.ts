import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { getCommissionPlan } from '../../../features/ledger/finance-settings.usecases.js';
import { NotAdminError } from '../../../features/ledger/ledger.errors.js';
import { COMMANDS } from '../../ids.js';
import { statementMessage } from '../../ledger/ledger.presenter.js';
import { parseCommissionCommand } from '../../ledger/ledger-command-parser.js';
import { encodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildCommissionPlanModal } from '../../views/ledger/finance-settings-modals.js';

/** `/commission [month] [@rep]`: a statement (rep: own; manager: reports'; finance, admins: all). `/commission plan` (admins). */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.commission,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const { actor, team, t } = request;
        const parsed = parseCommissionCommand(command.text);
        if (parsed.kind === 'help') {
          await respond({ response_type: 'ephemeral', text: t('ledger.command.commissionUsage') });
          return;
        }
        if (parsed.kind === 'plan') {
          const { plan, canEdit } = await getCommissionPlan({ ...deps, actor, team });
          if (!canEdit) throw new NotAdminError();
          const view = buildCommissionPlanModal({
            plan,
            teamCurrency: team.currency,
            metadata: encodeLedgerMetadata({ version: plan.version }),
            t,
          });
          await openModal({ client, triggerId: command.trigger_id, view, request });
          return;
        }
        await respond({ response_type: 'ephemeral', ...(await statementMessage(deps, request, parsed)) });
      },
      { urgent: ({ command }) => parseCommissionCommand(command.text).kind === 'plan' },
    ),
  );
}
