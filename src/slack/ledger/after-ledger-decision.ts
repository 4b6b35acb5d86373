import type { KnownBlock } from '@slack/types';
import type { DecisionResult } from '../../features/approvals/decisions.usecases.js';
import { ledgerOutcomeOf } from '../../features/ledger/approval-followups.usecases.js';
import type { Translate } from '../../i18n/index.js';
import { dm, type Messenger } from '../approvals/approval-messenger.js';
import { ACTIONS } from '../ids.js';
import { SLACK_LIMITS } from '../limits.js';
import { mrkdwn, plain } from '../views/blocks.js';
import { contractTitle, money } from '../views/ledger/ledger-format.js';
import { contractButtonValue, idButtonValue } from './ledger-values.js';

function withButton(text: string, actionId: string, label: string, value: string): KnownBlock[] {
  return [
    {
      type: 'section',
      text: mrkdwn(text),
      accessory: { type: 'button', action_id: actionId, text: plain(label, SLACK_LIMITS.buttonText), value },
    },
  ];
}

/**
 * What a finished approval means for the ledger, told to the people who act next: the rep learns the contract's
 * number (and can open it to mark it signed); finance gets the approved invoice to record. A failure here is
 * logged and never undoes the decision.
 */
export async function afterLedgerDecision(m: Messenger, result: DecisionResult): Promise<void> {
  const { request, next, decided } = result;
  if (next || decided.status !== 'approved') return;
  if (request.kind !== 'contract' && request.kind !== 'invoice') return;
  try {
    const outcome = await ledgerOutcomeOf({ ...m.deps, teamId: m.team.teamId, requestId: request.id });
    const { contract, invoice } = outcome;
    if (!contract) return;
    const title = contractTitle(contract);
    if (request.kind === 'contract')
      await dm(
        m,
        contract.ownerUserId,
        (t: Translate) =>
          t('ledger.notify.contractEntered', {
            contract: title,
            amount: money(contract.amountMinor, contract.currency),
          }),
        (t, text) =>
          withButton(text, ACTIONS.contractOpen, t('ledger.button.open'), contractButtonValue(contract)),
      );
    if (request.kind === 'invoice' && invoice) {
      const recorder = outcome.financeApproverUserId ?? decided.decidedByUserId;
      if (!recorder) return;
      await dm(
        m,
        recorder,
        (t) =>
          t('ledger.notify.invoiceApproved', {
            contract: title,
            amount: money(invoice.amountMinor, invoice.currency),
          }),
        (t, text) =>
          withButton(
            text,
            `${ACTIONS.invoiceIssue}_${invoice.id}`,
            t('ledger.button.record'),
            idButtonValue(invoice.id),
          ),
      );
    }
  } catch (error) {
    m.log.warn({ err: error, requestId: request.id }, 'could not tell the ledger’s next step');
  }
}
