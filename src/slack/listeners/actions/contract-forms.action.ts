import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  type ContractAction,
  dispatchDelivery,
  startContractAction,
} from '../../../features/ledger/contracts.usecases.js';
import { ACTIONS } from '../../ids.js';
import { noteInLeadThread } from '../../ledger/ledger-announcer.js';
import { encodeLedgerMetadata, parseContractButtonValue } from '../../ledger/ledger-values.js';
import { userMention } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { contractTitle, money } from '../../views/ledger/ledger-format.js';
import {
  buildDeliveredModal,
  buildLedgerReasonModal,
  buildScheduleModal,
  buildSignModal,
} from '../../views/ledger/ledger-modals.js';

const FORMS: Record<ContractAction, string> = {
  sign: ACTIONS.contractSign,
  schedule: ACTIONS.contractSchedule,
  delivered: ACTIONS.contractDelivered,
  cancel: ACTIONS.contractCancel,
};

/**
 * The contract card's buttons. Sign, Adjust schedule, Delivered and Cancel open their form, built from the
 * contract as it is now and carrying its version (saving is conditional on it); whoever may not gets a private
 * answer and no form. Dispatch delivery needs no form.
 */
export function register(app: App, deps: AppDeps): void {
  for (const [action, actionId] of Object.entries(FORMS) as [ContractAction, string][])
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(
        deps,
        async ({ action: button, body, client, request }) => {
          const { actor, t } = request;
          const clicked = parseContractButtonValue(button.value);
          const ref = { kind: 'id' as const, contractId: clicked?.contractId ?? Number.NaN };
          const { contract, installments } = await startContractAction({ ...deps, actor, ref, action });
          const metadata = encodeLedgerMetadata({ contractId: contract.id, version: contract.version });
          const summary = `${contractTitle(contract)} · ${money(contract.amountMinor, contract.currency)}`;
          const view =
            action === 'sign'
              ? buildSignModal({ contract, metadata, t })
              : action === 'schedule'
                ? buildScheduleModal({ contract, installments, metadata, t })
                : action === 'delivered'
                  ? buildDeliveredModal({ contract, metadata, t })
                  : buildLedgerReasonModal({ purpose: 'cancel', summary, metadata, t });
          await openModal({ client, triggerId: body.trigger_id, view, request });
        },
        { urgent: true },
      ),
    );

  app.action<BlockButtonAction>(
    ACTIONS.contractDeliver,
    onAction<BlockButtonAction>(deps, async ({ action, respond, client, request }) => {
      const { actor, team, t, log } = request;
      const clicked = parseContractButtonValue(action.value);
      const contract = await dispatchDelivery({
        ...deps,
        actor,
        ref: { kind: 'id', contractId: clicked?.contractId ?? Number.NaN },
      });
      log.info({ contractId: contract.id }, 'delivery dispatched');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: t('ledger.deliver.reply', { contract: contractTitle(contract) }),
      });
      await noteInLeadThread(
        { deps, client, team, log },
        {
          actor,
          contract,
          text: (tr) =>
            tr('ledger.thread.dispatched', {
              contract: contractTitle(contract),
              user: userMention(actor.userId),
            }),
        },
      );
    }),
  );
}
