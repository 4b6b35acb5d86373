import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { rejectPayment, reversePayment } from '../../../features/ledger/payments.usecases.js';
import { dm } from '../../approvals/approval-messenger.js';
import { publishHomeNow } from '../../home/publish-home.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { refreshPaymentNotices, tellReporter } from '../../ledger/ledger-announcer.js';
import { decodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { shortfallText } from '../../ledger/shortfall-message.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/**
 * Finance rejects a reported payment or reverses a confirmed one, with the reason kept in the audit. The
 * payment's notice shows the outcome in place, and the rep who reported it is told.
 */
export function register(app: App, deps: AppDeps): void {
  const reasonOf = (values: unknown) =>
    readInput(values as ViewStateValues, BLOCKS.ledgerReason)?.trim() ?? '';
  for (const purpose of ['reject', 'reverse'] as const)
    app.view(
      purpose === 'reject' ? VIEWS.paymentReject : VIEWS.paymentReverse,
      onViewSubmission(deps, {
        validate: ({ view }, { t }) =>
          reasonOf(view.state.values)
            ? undefined
            : { [BLOCKS.ledgerReason]: t('ledger.form.error.required') },
        work: async ({ view, client, request, modal }) => {
          const { actor, team, t, log } = request;
          const metadata = decodeLedgerMetadata(view.private_metadata);
          const input = {
            ...deps,
            actor,
            team,
            paymentId: metadata.paymentId ?? Number.NaN,
            reason: reasonOf(view.state.values),
          };
          const reversed = purpose === 'reverse' ? await reversePayment(input) : null;
          const { payment, contract } = reversed ?? (await rejectPayment(input));
          const shortfall = reversed?.shortfall ?? null;
          log.info({ paymentId: payment.id, status: payment.status }, 'payment decided');
          await modal.done(
            shortfall
              ? shortfallText(t, { contract, payment, shortfall, byUserId: actor.userId })
              : t(purpose === 'reject' ? 'ledger.done.rejected' : 'ledger.done.reversed'),
          );
          const m = { deps, client, team, log };
          const clicked =
            purpose === 'reject' && metadata.channelId && metadata.messageTs
              ? { channel: metadata.channelId, ts: metadata.messageTs }
              : undefined;
          await refreshPaymentNotices(m, { payment, contract, t, ...(clicked ? { clicked } : {}) });
          await tellReporter(m, payment, contract);
          await markHomesDirty({
            ...deps,
            teamId: team.teamId,
            change: { kind: 'payment', ownerUserId: contract.ownerUserId },
          });
          if (metadata.fromHome) await publishHomeNow({ deps, client, actor, team });
          // Finance and the rep are told what now stands on less money, and the next step.
          if (shortfall)
            for (const userId of reversed?.notifyUserIds.filter((id) => id !== actor.userId) ?? [])
              await dm(m, userId, (tr) =>
                shortfallText(tr, { contract, payment, shortfall, byUserId: actor.userId }),
              );
        },
      }),
    );
}
