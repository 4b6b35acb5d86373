import { describe, expect, it } from 'vitest';
import type { ContractDetail } from '../../../../src/features/ledger/contracts.usecases.js';
import type {
  Contract,
  ContractSummary,
  Installment,
  Payment,
} from '../../../../src/features/ledger/ledger.types.js';
import {
  DEFAULT_COMMISSION_PLAN,
  DEFAULT_FINANCE_POLICY,
} from '../../../../src/features/ledger/ledger.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import {
  decodeLedgerListValue,
  decodeLedgerMetadata,
  encodeLedgerMetadata,
  parseContractButtonValue,
} from '../../../../src/slack/ledger/ledger-values.js';
import { parseScheduleRows } from '../../../../src/slack/ledger/schedule-rows.js';
import { buildStatementMessage } from '../../../../src/slack/views/ledger/commission-views.js';
import {
  buildContractMessage,
  leadCardContractSection,
} from '../../../../src/slack/views/ledger/contract-view.js';
import {
  buildCommissionPlanModal,
  buildFinancePolicyModal,
} from '../../../../src/slack/views/ledger/finance-settings-modals.js';
import { buildLedgerList } from '../../../../src/slack/views/ledger/ledger-list.js';
import {
  buildIssueInvoiceModal,
  buildLedgerReasonModal,
  buildScheduleModal,
  buildSignModal,
} from '../../../../src/slack/views/ledger/ledger-modals.js';
import {
  agingBlocks,
  buildManagerOverdueNotice,
  morningWithMoneyOwed,
} from '../../../../src/slack/views/ledger/overdue-views.js';
import {
  buildPaymentDecidedNotice,
  buildPaymentReportedNotice,
} from '../../../../src/slack/views/ledger/payment-messages.js';
import { buildPendingPayments } from '../../../../src/slack/views/ledger/pending-payments.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const hostile = `<!channel> *bold* ${'长'.repeat(4000)}`;
const now = new Date('2026-03-02T02:00:00Z');
const contract: Contract = {
  id: 7,
  teamId: 'T1',
  number: 'HT-2026-0007',
  year: 2026,
  seq: 7,
  leadId: 42,
  approvalRequestId: 3,
  ownerUserId: 'U_REP',
  customerName: hostile,
  amountMinor: 30_000_010,
  currency: 'CNY',
  upfrontBp: 3000,
  paymentTerms: null,
  deliveryDate: '2026-05-01',
  specialTerms: null,
  draftLink: null,
  signedLink: null,
  status: 'approved',
  collectedMinor: 12_000_000,
  invoicedMinor: 0,
  acceptanceNote: null,
  cancelReason: null,
  approvedAt: now,
  signedAt: null,
  dispatchedAt: null,
  deliveredAt: null,
  closedAt: null,
  cancelledAt: null,
  version: 4,
  createdAt: now,
  updatedAt: now,
};
const summary: ContractSummary = {
  contract,
  outstandingMinor: 18_000_010,
  collectedPercent: 39.9,
  overdueMinor: 500,
  oldestOverdueOn: '2026-02-20',
  reportedMinor: 100,
};
const installments: Installment[] = Array.from({ length: 24 }, (_, i) => ({
  id: i + 1,
  teamId: 'T1',
  contractId: 7,
  seq: i + 1,
  dueOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
  amountMinor: 1_000_000,
  collectedMinor: i < 3 ? 1_000_000 : 0,
  isUpfront: i === 0,
}));
const payment: Payment = {
  id: 9,
  teamId: 'T1',
  contractId: 7,
  amountMinor: 4_000_000,
  currency: 'CNY',
  receivedOn: '2026-03-01',
  note: hostile,
  status: 'reported',
  reportedByUserId: 'U_REP',
  confirmedByUserId: null,
  confirmedAt: null,
  rejectedByUserId: null,
  rejectedAt: null,
  rejectReason: null,
  reversedByUserId: null,
  reversedAt: null,
  reverseReason: null,
  noticeChannelId: null,
  noticeTs: null,
  createdAt: now,
  updatedAt: now,
};

describe.each(['en', 'zh-CN'] as const)('ledger views in %s', (locale) => {
  const t = translator(locale);

  it('a full ledger page stays within Slack’s limits, escapes customer names and offers paging and export', () => {
    const list = buildLedgerList({
      summaries: Array(40).fill(summary),
      totals: [
        {
          currency: 'CNY',
          count: 60,
          amountMinor: 1,
          collectedMinor: 1,
          outstandingMinor: 1,
          invoicedMinor: 0,
          overdueMinor: 0,
        },
      ],
      filter: { kind: 'team' },
      filterText: 'team',
      page: 1,
      pageSize: 20,
      today: '2026-03-02',
      t,
    });
    expect(slackLimitViolations(list, 'message')).toEqual([]);
    expect(dataBlockProblems(list.blocks, '/blocks', 'message')).toEqual([]);
    // The customer's name is plain raw_text in the table (Slack parses no mention there); mrkdwn stays escaped.
    const mrkdwnBlocks = list.blocks.filter((block) => block.type !== 'data_table');
    expect(JSON.stringify(mrkdwnBlocks)).not.toContain('<!channel>');
    const actions = list.blocks.at(-1) as { elements: { action_id: string; value: string }[] };
    expect(actions.elements.map((e) => e.action_id)).toEqual([
      `${ACTIONS.ledgerPage}_prev`,
      `${ACTIONS.ledgerPage}_next`,
      ACTIONS.ledgerExportCsv,
    ]);
    expect(decodeLedgerListValue(actions.elements[1]?.value)).toEqual({ filterText: 'team', page: 2 });
  });

  it('a contract shows its money, schedule and payments, and only the buttons the reader may use, with the card’s version', () => {
    const detail: ContractDetail = {
      summary,
      installments,
      // Each payment its own id, as stored: Slack refuses two buttons with one action_id in a block.
      payments: Array.from({ length: 30 }, (_, i) => ({
        ...payment,
        id: i + 1,
        status: 'confirmed' as const,
      })),
      invoices: [],
      shortfall: null,
      can: { sign: true, adjust: true, deliver: false, cancel: false },
    };
    const message = buildContractMessage({ detail, today: '2026-03-02', finance: true, t });
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('¥300,000.10');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain(ACTIONS.contractSign);
    expect(text).not.toContain(ACTIONS.contractCancel);
    const sign = (message.blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] })
      .elements[0];
    expect(parseContractButtonValue(sign?.value)).toEqual({ contractId: 7, version: 4 });
    expect(leadCardContractSection([summary], t)).toContain('39.9%');
    expect(leadCardContractSection([], t)).toBeNull();
  });

  it('/payment pending counts every report waiting, tables the oldest with their sums and keeps Confirm / Reject for the oldest twenty', () => {
    const first = Array.from({ length: 45 }, (_, i) => ({
      paymentId: i + 1,
      contractId: 7,
      contractNumber: contract.number,
      customerName: contract.customerName,
      ownerUserId: 'U_REP',
      amountMinor: payment.amountMinor,
      currency: 'CNY',
      receivedOn: payment.receivedOn,
      reportedByUserId: 'U_REP',
      reportedAt: now,
      daysWaiting: 1,
    }));
    const pending = {
      first,
      total: 45,
      totals: [{ currency: 'CNY', count: 45, amountMinor: 45 * 4_000_000 }],
    };
    const reply = buildPendingPayments({ pending, t });
    expect(reply.text).toContain(t('ledger.payment.pendingTitle', { count: 45 }));
    expect(slackLimitViolations(reply, 'message')).toEqual([]);
    expect(dataBlockProblems(reply.blocks, '/blocks', 'message')).toEqual([]);
    const blocks = JSON.stringify(reply.blocks);
    expect(blocks.split(ACTIONS.paymentConfirm).length - 1).toBe(20);
    expect(blocks.split(ACTIONS.paymentReject).length - 1).toBe(20);
    expect(blocks).toContain(JSON.stringify(t('lists.payments.buttons', { count: 20 })).slice(1, -1));
    // The customer is raw text in a cell (never read as mrkdwn), cut to its column.
    expect(blocks).toContain('"text":"<!channel> *bold* 长长长长长…"');
    expect(buildPendingPayments({ pending: { first: [], total: 0, totals: [] }, t })).toEqual({
      text: t('ledger.payment.pendingNone'),
    });
  });

  it('finance’s payment notice has Confirm and Reject; once decided it says who and keeps no button', () => {
    const notice = buildPaymentReportedNotice({ payment, contract, t });
    expect(slackLimitViolations(notice, 'message')).toEqual([]);
    expect(JSON.stringify(notice.blocks)).toContain(ACTIONS.paymentConfirm);
    const decided = buildPaymentDecidedNotice({
      payment: {
        ...payment,
        status: 'rejected',
        rejectedByUserId: 'U_FIN',
        rejectedAt: now,
        rejectReason: hostile,
      },
      contract,
      t,
    });
    expect(JSON.stringify(decided.blocks)).not.toContain('"actions"');
    expect(JSON.stringify(decided.blocks)).toContain('<@U_FIN>');
    expect(slackLimitViolations(decided, 'message')).toEqual([]);
  });

  it('every ledger modal fits Slack’s limits and round-trips its metadata', () => {
    const metadata = encodeLedgerMetadata({ contractId: 7, version: 4, channelId: 'C1', messageTs: '1.2' });
    expect(decodeLedgerMetadata(metadata)).toEqual({
      contractId: 7,
      version: 4,
      channelId: 'C1',
      messageTs: '1.2',
    });
    expect(decodeLedgerMetadata('{"contractId":"7"}')).toEqual({});
    const invoice = {
      id: 5,
      teamId: 'T1',
      contractId: 7,
      approvalRequestId: 3,
      amountMinor: 100,
      currency: 'CNY',
      status: 'approved' as const,
      requestedByUserId: 'U_REP',
      invoiceNumber: null,
      issuedOn: null,
      issuedByUserId: null,
      issuedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    for (const modal of [
      buildSignModal({ contract, metadata, t }),
      buildScheduleModal({ contract, installments, metadata, t }),
      buildLedgerReasonModal({ purpose: 'reverse', summary: hostile.slice(0, 200), metadata, t }),
      buildIssueInvoiceModal({ invoice, contract, today: '2026-03-02', metadata, t }),
      buildFinancePolicyModal({ policy: DEFAULT_FINANCE_POLICY, teamCurrency: 'CNY', metadata, t }),
      buildCommissionPlanModal({
        plan: { ...DEFAULT_COMMISSION_PLAN, tiers: [{ fromMinor: 5_000_000, rateBp: 400 }] },
        teamCurrency: 'CNY',
        metadata,
        t,
      }),
    ])
      expect(slackLimitViolations(modal, 'modal')).toEqual([]);
    const schedule = buildScheduleModal({ contract, installments: installments.slice(0, 2), metadata, t });
    expect(JSON.stringify(schedule)).toContain('2026-01-01 10000.00\\n2026-02-01 10000.00');
  });

  it('statements, overdue notices and aging stay within limits', () => {
    const line = {
      repUserId: 'U_REP',
      contractId: 1,
      contractNumber: 'HT-2026-0001',
      customerName: hostile,
      currency: 'CNY',
      collectedMinor: 100,
      basisMinor: 100,
      commissionMinor: 3,
      heldMinor: 3,
      releasedMinor: 0,
      payableMinor: 0,
      overdue: { overdueMinor: 100, daysOverdue: 45 },
      heldSince: null,
    };
    const statement = buildStatementMessage({
      statement: {
        month: '2026-03',
        totals: [
          {
            repUserId: 'U_REP',
            currency: 'CNY',
            collectedMinor: 8000,
            basisMinor: 8000,
            commissionMinor: 240,
            heldMinor: 240,
            releasedMinor: 0,
            payableMinor: 0,
          },
        ],
        lines: Array(80).fill(line),
        repUserId: 'U_REP',
        plan: DEFAULT_COMMISSION_PLAN,
        hold: { holdDays: 30, cutoff: '2026-03-31' },
      },
      t,
      exportable: true,
    });
    expect(slackLimitViolations(statement, 'message')).toEqual([]);
    const overdue = Array(40).fill({
      contractId: 7,
      contractNumber: 'HT-2026-0007',
      leadId: 42,
      customerName: hostile,
      ownerUserId: 'U_REP',
      currency: 'CNY',
      installmentSeq: 1,
      dueOn: '2026-02-01',
      daysOverdue: 30,
      overdueMinor: 100,
    });
    for (const message of morningWithMoneyOwed(null, overdue, t))
      expect(slackLimitViolations(message, 'message')).toEqual([]);
    expect(
      slackLimitViolations(buildManagerOverdueNotice({ lines: overdue, days: 7, t }), 'message'),
    ).toEqual([]);
    const aging = agingBlocks(
      { buckets: [{ currency: 'CNY', days0to30: 1, days31to60: 2, days61to90: 3, over90: 4 }], largest: [] },
      t,
    );
    expect(JSON.stringify(aging)).toContain('¥0.04');
  });
});

describe('schedule rows', () => {
  it('reads one installment a line, in either language’s punctuation', () => {
    expect(parseScheduleRows('2026-04-01 90000\n2026-05-01：3万\n\n2026-06-01, ¥1,000')).toEqual([
      { dueOn: '2026-04-01', amount: '90000' },
      { dueOn: '2026-05-01', amount: '3万' },
      { dueOn: '2026-06-01', amount: '¥1,000' },
    ]);
  });
});

describe('the morning DM and money owed', () => {
  const t = translator('en');

  it('money owed joins the morning follow-ups, or comes on its own when they fill the message', () => {
    const line = {
      contractId: 7,
      contractNumber: 'HT-2026-0007',
      leadId: 42,
      customerName: 'Owed Co',
      ownerUserId: 'U_REP',
      currency: 'CNY',
      installmentSeq: 1,
      dueOn: '2026-02-01',
      daysOverdue: 30,
      overdueMinor: 250_000,
    };
    const morning = (count: number) => ({
      text: 'Follow-ups',
      blocks: Array.from({ length: count }, () => ({ type: 'divider' as const })),
    });
    const blocksOf = (messages: { blocks: unknown[] }[]) => messages.map((message) => message.blocks.length);
    expect(blocksOf(morningWithMoneyOwed(morning(48), [line], t))).toEqual([50]);
    const split = morningWithMoneyOwed(morning(49), [line], t);
    expect(blocksOf(split)).toEqual([49, 1]);
    expect(JSON.stringify(split[1])).toContain('Owed Co');
    expect(blocksOf(morningWithMoneyOwed(null, [line], t))).toEqual([1]);
    expect(blocksOf(morningWithMoneyOwed(morning(3), [], t))).toEqual([3]);
    expect(morningWithMoneyOwed(null, [], t)).toEqual([]);
  });
});
