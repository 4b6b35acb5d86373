import type { App, BlockAction, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { PaymentDecidedError } from '../../../features/ledger/ledger.errors.js';
import { confirmPayment, startPaymentDecision } from '../../../features/ledger/payments.usecases.js';
import { clickedOnHome, publishHomeNow } from '../../home/publish-home.js';
import { ACTIONS } from '../../ids.js';
import { refreshPaymentNotices, tellReporter } from '../../ledger/ledger-announcer.js';
import { encodeLedgerMetadata, parseIdButtonValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { contractTitle, money } from '../../views/ledger/ledger-format.js';
import { buildLedgerReasonModal } from '../../views/ledger/ledger-modals.js';

/** Where the clicked message is, so the notice can be updated in place. */
function clickedMessage(body: BlockAction): { channel: string; ts: string } | undefined {
  const channel = body.container?.channel_id ?? body.channel?.id;
  const ts = body.container?.message_ts ?? body.message?.ts;
  return channel && ts ? { channel, ts } : undefined;
}

/**
 * Finance's Confirm lands a reported payment (one conditional statement: of two clicks exactly one counts, the
 * other is told who did it). Reject and Reverse ask for a reason first; whoever may not is refused privately.
 * The same buttons sit on finance's App Home: clicked there, the Home is re-published with the queue as it now is.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.paymentConfirm,
    onAction<BlockButtonAction>(deps, async ({ action, body, client, request }) => {
      const { actor, team, t, log } = request;
      const fromHome = clickedOnHome(body);
      let decided: Awaited<ReturnType<typeof confirmPayment>>;
      try {
        decided = await confirmPayment({
          ...deps,
          actor,
          team,
          paymentId: parseIdButtonValue(action.value) ?? Number.NaN,
        });
      } catch (error) {
        // A stale Home (someone else decided it meanwhile) is told why, and shows the queue as it is now.
        if (fromHome && error instanceof PaymentDecidedError)
          await publishHomeNow({ deps, client, actor, team }).catch((publishError: unknown) =>
            log.warn({ err: publishError }, 'could not re-publish Home'),
          );
        throw error;
      }
      const { payment, contract } = decided;
      log.info({ paymentId: payment.id }, 'payment confirmed');
      const m = { deps, client, team, log };
      const clicked = clickedMessage(body);
      await refreshPaymentNotices(m, { payment, contract, t, ...(clicked ? { clicked } : {}) });
      await tellReporter(m, payment, contract);
      await markHomesDirty({
        ...deps,
        teamId: team.teamId,
        change: { kind: 'payment', ownerUserId: contract.ownerUserId },
      });
      if (fromHome) await publishHomeNow({ deps, client, actor, team });
    }),
  );

  const askReason = (actionId: string | RegExp, purpose: 'reject' | 'reverse') =>
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(
        deps,
        async ({ action, body, client, request }) => {
          const { actor, team, t } = request;
          const paymentId = parseIdButtonValue(action.value) ?? Number.NaN;
          const { payment, contract } = await startPaymentDecision({
            ...deps,
            actor,
            team,
            paymentId,
            action: purpose,
          });
          const clicked = clickedMessage(body);
          const metadata = encodeLedgerMetadata({
            paymentId: payment.id,
            ...(clicked ? { channelId: clicked.channel, messageTs: clicked.ts } : {}),
            ...(clickedOnHome(body) ? { fromHome: true } : {}),
          });
          const summary = `${contractTitle(contract)} · ${money(payment.amountMinor, payment.currency)} · ${payment.receivedOn}`;
          const view = buildLedgerReasonModal({ purpose, summary, metadata, t });
          await openModal({ client, triggerId: body.trigger_id, view, request });
        },
        { urgent: true },
      ),
    );
  askReason(ACTIONS.paymentReject, 'reject');
  askReason(new RegExp(`^${ACTIONS.paymentReverse}_\\d+$`), 'reverse');
}
