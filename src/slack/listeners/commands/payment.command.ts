import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { markHomesDirty } from '../../../features/home/home-refresh.usecases.js';
import { todayFor } from '../../../features/leads/leads.usecases.js';
import { recordPayment } from '../../../features/ledger/payments.usecases.js';
import { pendingPayments } from '../../../features/ledger/pending-payments.usecases.js';
import { COMMANDS } from '../../ids.js';
import { notifyFinanceOfReport } from '../../ledger/ledger-announcer.js';
import { parsePaymentCommand } from '../../ledger/ledger-command-parser.js';
import { onCommand } from '../../requests/after-ack.js';
import { contractTitle, money } from '../../views/ledger/ledger-format.js';
import { buildPendingPayments } from '../../views/ledger/pending-payments.js';

/**
 * `/payment <lead or contract> <amount> [date] [note]`: finance records money received (it counts at once); a
 * rep reports it and finance gets Confirm / Reject. `/payment pending`: finance's queue of reports.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.payment,
    onCommand(deps, async ({ command, respond, client, request }) => {
      const { actor, team, t, log } = request;
      const parsed = parsePaymentCommand(command.text, todayFor(actor, deps.clock));
      if (parsed.kind === 'help') {
        await respond({ response_type: 'ephemeral', text: t('ledger.command.paymentUsage') });
        return;
      }
      if (parsed.kind === 'pending') {
        const pending = await pendingPayments({ ...deps, actor });
        await respond({ response_type: 'ephemeral', ...buildPendingPayments({ pending, t }) });
        return;
      }
      const outcome = await recordPayment({ ...deps, actor, team, ...parsed });
      // Finance's queue (a report) or the collected money (a record) shows on Homes: they refresh, debounced.
      await markHomesDirty({
        ...deps,
        teamId: team.teamId,
        change: { kind: 'payment', ownerUserId: outcome.contract.ownerUserId },
      });
      const params = {
        contract: contractTitle(outcome.contract),
        amount: money(outcome.payment.amountMinor, outcome.payment.currency),
        collected: money(outcome.contract.collectedMinor, outcome.contract.currency),
        total: money(outcome.contract.amountMinor, outcome.contract.currency),
      };
      if (outcome.kind === 'recorded') {
        log.info({ paymentId: outcome.payment.id }, 'payment recorded');
        await respond({ response_type: 'ephemeral', text: t('ledger.payment.recordedReply', params) });
        return;
      }
      log.info({ paymentId: outcome.payment.id }, 'payment reported');
      await respond({ response_type: 'ephemeral', text: t('ledger.payment.reportedReply', params) });
      await notifyFinanceOfReport(
        { deps, client, team, log },
        {
          actor,
          payment: outcome.payment,
          contract: outcome.contract,
          financeUserIds: outcome.notifyUserIds,
        },
      );
    }),
  );
}
