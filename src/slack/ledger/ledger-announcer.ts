import type { ApprovalRequest, ApprovalStep } from '../../features/approvals/approvals.types.js';
import type { Lead } from '../../features/leads/leads.types.js';
import { loadVisibleLead } from '../../features/leads/leads.usecases.js';
import type { Contract, Payment } from '../../features/ledger/ledger.types.js';
import { recordPaymentNotice } from '../../features/ledger/payments.usecases.js';
import type { Actor } from '../../features/team/team.types.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { dm, type Messenger, postStep, userLanguage } from '../approvals/approval-messenger.js';
import { userMention } from '../mrkdwn.js';
import { postOrReportUnreachable } from '../team/channel-reach.js';
import { contractTitle, money } from '../views/ledger/ledger-format.js';
import { buildPaymentDecidedNotice, buildPaymentReportedNotice } from '../views/ledger/payment-messages.js';

/**
 * The ledger's messages after a change: finance's Confirm / Reject notices, their update once decided, notes in
 * the lead's thread and the invoice request's first step. Each is after the ack; a failed post is logged and
 * never undoes the change.
 */
export async function notifyFinanceOfReport(
  m: Messenger,
  input: { actor: Actor; payment: Payment; contract: Contract; financeUserIds: string[] },
): Promise<void> {
  let recorded = false;
  for (const userId of input.financeUserIds) {
    try {
      const { t } = await userLanguage(m, userId);
      const notice = buildPaymentReportedNotice({ payment: input.payment, contract: input.contract, t });
      const posted = await m.client.chat.postMessage({ channel: userId, ...notice, unfurl_links: false });
      if (!recorded && posted.channel && posted.ts) {
        await recordPaymentNotice({
          ...m.deps,
          actor: input.actor,
          paymentId: input.payment.id,
          channelId: posted.channel,
          ts: posted.ts,
        });
        recorded = true;
      }
    } catch (error) {
      m.log.warn({ err: error, userId }, 'could not send a payment notice to finance');
    }
  }
}

/** A decided payment's notices show the outcome, no buttons: the recorded one and the one clicked. */
export async function refreshPaymentNotices(
  m: Messenger,
  input: { payment: Payment; contract: Contract; t: Translate; clicked?: { channel: string; ts: string } },
): Promise<void> {
  const { payment } = input;
  const places = [
    ...(payment.noticeChannelId && payment.noticeTs
      ? [{ channel: payment.noticeChannelId, ts: payment.noticeTs }]
      : []),
    ...(input.clicked && input.clicked.ts !== payment.noticeTs ? [input.clicked] : []),
  ];
  const message = buildPaymentDecidedNotice({ payment, contract: input.contract, t: input.t });
  for (const place of places)
    try {
      await m.client.chat.update({ ...place, ...message });
    } catch (error) {
      m.log.warn({ err: error, paymentId: payment.id }, 'could not update a payment notice');
    }
}

/** The rep hears back when finance decides a payment they reported (or reverses one). */
export async function tellReporter(m: Messenger, payment: Payment, contract: Contract): Promise<void> {
  const by = payment.reversedByUserId ?? payment.rejectedByUserId ?? payment.confirmedByUserId;
  if (!by || by === payment.reportedByUserId) return;
  await dm(m, payment.reportedByUserId, (t) =>
    t('ledger.notify.paymentDecided', {
      contract: contractTitle(contract),
      amount: money(payment.amountMinor, payment.currency),
      status: t(`ledger.payment.${payment.status}` as MessageKey),
      user: userMention(by),
    }),
  );
}

/** A note in the lead's thread in the sales channel (delivery dispatched, delivered…), when the lead has one. */
export async function noteInLeadThread(
  m: Messenger,
  input: { actor: Actor; contract: Contract; text: (t: Translate) => string },
): Promise<void> {
  try {
    const lead = await loadVisibleLead({ ...m.deps, actor: input.actor, leadId: input.contract.leadId });
    if (!lead.channelId || !lead.threadTs) return;
    const { t } = await userLanguage(m, input.contract.ownerUserId);
    const channel = lead.channelId;
    const args = { channel, thread_ts: lead.threadTs, text: input.text(t), unfurl_links: false };
    await postOrReportUnreachable(m.deps, m.client, args, { teamId: m.team.teamId, log: m.log });
  } catch (error) {
    m.log.warn({ err: error, contractId: input.contract.id }, 'could not post in the lead’s thread');
  }
}

/** An invoice request goes to its first approver in the lead's thread, like any request. */
export async function announceInvoiceRequest(
  m: Messenger,
  input: { request: ApprovalRequest; steps: ApprovalStep[]; lead: Lead },
): Promise<void> {
  const [first] = input.steps;
  if (first) await postStep(m, { request: input.request, step: first, lead: input.lead });
}
