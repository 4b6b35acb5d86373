import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { requestInvoice } from '../../../features/ledger/invoices.usecases.js';
import { dm } from '../../approvals/approval-messenger.js';
import { COMMANDS } from '../../ids.js';
import { announceInvoiceRequest } from '../../ledger/ledger-announcer.js';
import { parseInvoiceCommand } from '../../ledger/ledger-command-parser.js';
import { userMention } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';
import { kindLabel, missingText, roleLabel } from '../../views/approvals/approval-format.js';
import { leadTitle } from '../../views/leads/lead-format.js';
import { contractTitle, money } from '../../views/ledger/ledger-format.js';

/**
 * `/invoice <lead or contract> [amount]`: refused at once below the policy's collected share (with how much more
 * to collect); otherwise an invoice request through the approval engine, in the lead's thread.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.invoice,
    onCommand(deps, async ({ command, respond, client, request }) => {
      const { actor, team, t, log } = request;
      const parsed = parseInvoiceCommand(command.text);
      if (parsed.kind === 'help') {
        await respond({ response_type: 'ephemeral', text: t('ledger.command.invoiceUsage') });
        return;
      }
      const outcome = await requestInvoice({ ...deps, actor, team, ref: parsed.ref, amount: parsed.amount });
      const m = { deps, client, team, log };
      if (outcome.outcome === 'missing') {
        const missing = missingText(outcome.missing, t);
        const kind = kindLabel('invoice', t);
        await respond({
          response_type: 'ephemeral',
          text: t('approvals.notify.missing', { kind, lead: leadTitle(outcome.lead), missing }),
        });
        for (const admin of outcome.adminUserIds)
          await dm(m, admin, (tr) =>
            tr('approvals.missing.adminNotice', {
              user: userMention(actor.userId),
              kind: kindLabel('invoice', tr),
              lead: leadTitle(outcome.lead),
              missing: missingText(outcome.missing, tr),
            }),
          );
        return;
      }
      log.info({ requestId: outcome.request.id, invoiceId: outcome.invoice.id }, 'invoice requested');
      const route = outcome.steps
        .map((step) => `${roleLabel(step.role, t)} ${userMention(step.approverUserId)}`)
        .join(' → ');
      await respond({
        response_type: 'ephemeral',
        text: t('ledger.invoice.requestedReply', {
          contract: contractTitle(outcome.contract),
          amount: money(outcome.invoice.amountMinor, outcome.invoice.currency),
          route,
        }),
      });
      await announceInvoiceRequest(m, outcome);
    }),
  );
}
