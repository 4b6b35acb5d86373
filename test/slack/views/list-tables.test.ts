import { describe, expect, it } from 'vitest';
import type { PendingPayment } from '../../../src/features/ledger/pending-payments.types.js';
import type { Quote, QuoteSummary } from '../../../src/features/quotes/quote-records.js';
import { translator } from '../../../src/i18n/index.js';
import { ACTIONS } from '../../../src/slack/ids.js';
import { SLACK_LIMITS } from '../../../src/slack/limits.js';
import { cellChars, type TableCell } from '../../../src/slack/views/data-table.js';
import { buildLeadList, leadListHeaders } from '../../../src/slack/views/leads/lead-list.js';
import {
  buildPendingPayments,
  PENDING_PAYMENTS_WITH_BUTTONS,
  pendingPaymentHeaders,
} from '../../../src/slack/views/ledger/pending-payments.js';
import { buildQuoteList, quoteListHeaders } from '../../../src/slack/views/quotes/quote-list.js';
import { sampleLead } from '../../fixtures/leads.js';
import { dataBlockProblems } from '../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../helpers/view-limits.js';

type Json = Record<string, unknown>;
type Cell = { type: string; text?: string; value?: number };
const FULL_NAME = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司'.repeat(8); // 216 characters
const now = new Date('2026-03-02T02:00:00Z');

function tableOf(message: { blocks?: unknown[] }): Cell[][] {
  const tables = ((message.blocks ?? []) as Json[]).filter((block) => block.type === 'data_table');
  expect(tables).toHaveLength(1);
  const rows = tables[0]?.rows as Cell[][];
  const chars = (rows as TableCell[][]).flat().reduce((sum, cell) => sum + cellChars(cell), 0);
  expect(chars).toBeLessThanOrEqual(SLACK_LIMITS.dataTableChars);
  return rows;
}

function accepted(message: { text: string; blocks?: unknown[] }): void {
  expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
  expect(slackLimitViolations(message, 'message')).toEqual([]);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
}

const said = (message: { blocks?: unknown[] }, text: string) =>
  expect(JSON.stringify(message.blocks)).toContain(JSON.stringify(text).slice(1, -1));

describe.each(['en', 'zh-CN'] as const)('record lists as data tables at their largest (%s)', (locale) => {
  const t = translator(locale);

  // 5,000 leads of one rep, paged 20 at a time in SQL; every name at full length, the largest ids and values.
  const leads = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) =>
      sampleLead({
        id: 9_999_000 + from + i,
        companyName: FULL_NAME,
        contactName: FULL_NAME,
        ownerUserId: 'U0123456789ABCDEF',
        stage: 'needs_analysis',
        estimatedValue: 9_999_999_999.99,
        currency: 'CNY',
        nextFollowUpOn: '2026-02-01',
        nextFollowUpTime: '09:30',
        lastActivityAt: new Date('2026-01-01T00:00:00Z'),
      }),
    );
  const leadList = (page: number, pageSize: number, stale = false) =>
    buildLeadList({
      title: t('leads.list.titleMine'),
      leads: leads(page * pageSize, pageSize),
      total: 5000,
      page,
      pageCount: Math.ceil(5000 / pageSize),
      pageSize,
      query: 'list mine',
      emptyText: 'none',
      stale,
      t,
      locale,
      today: '2026-03-02',
      timeZone: 'Asia/Shanghai',
    });

  it('/lead list mine over 5,000 leads: a page is one table of all its rows, value as raw_number, and says which rows of 5,000 these are', () => {
    const list = leadList(3, 20);
    accepted(list);
    const rows = tableOf(list);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(leadListHeaders(t));
    expect(rows).toHaveLength(21);
    expect(rows[1]?.[0]).toEqual({ type: 'raw_number', value: 9_999_060, text: '#9999060' });
    expect(rows[1]?.[4]).toMatchObject({ type: 'raw_number', value: 999_999_999_999 });
    said(list, t('lists.leads.shown', { from: 61, to: 80, total: 5000 }));
    const actions = (list.blocks.at(-1) as unknown as { elements: Json[] }).elements;
    expect(actions.map((element) => element.action_id)).toEqual([
      ACTIONS.leadOpen,
      `${ACTIONS.leadListPage}_2`,
      `${ACTIONS.leadListPage}_4`,
    ]);
    expect(list.text).toContain('#9999060');
  });

  it('the stale list shows days idle as a number instead of the next follow-up', () => {
    const list = leadList(0, 20, true);
    accepted(list);
    const rows = tableOf(list);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(leadListHeaders(t, true));
    // Last activity on 1 January (Shanghai), read on 2 March: 60 days idle.
    expect(rows[1]?.[7]).toEqual({ type: 'raw_number', value: 60, text: '60' });
  });

  it('a page of 100 full-length rows stops at Slack’s character budget and says how far it got, never a silent cut', () => {
    const list = leadList(0, 100);
    accepted(list);
    const shown = tableOf(list).length - 1;
    expect(shown).toBeLessThanOrEqual(100);
    said(list, t('lists.leads.shown', { from: 1, to: shown, total: 5000 }));
  });

  it('/payment pending with 200 reports: the oldest 100 read, the table keeps what fits, totals of all 200, buttons for the oldest twenty', () => {
    const first: PendingPayment[] = Array.from({ length: 100 }, (_, i) => ({
      paymentId: 1_000_000 + i,
      contractId: i + 1,
      contractNumber: `HT-2026-${String(i + 1).padStart(6, '0')}`,
      customerName: FULL_NAME,
      ownerUserId: 'U0123456789ABCDEF',
      amountMinor: 999_999_999_999_99,
      currency: 'CNY',
      receivedOn: '2026-02-28',
      reportedByUserId: 'U0123456789ABCDEG',
      reportedAt: now,
      daysWaiting: 365,
    }));
    const reply = buildPendingPayments({
      pending: {
        first,
        total: 200,
        totals: [{ currency: 'CNY', count: 200, amountMinor: 200 * 99_999_999_999_999 }],
      },
      t,
    });
    accepted({ text: reply.text, blocks: reply.blocks ?? [] });
    const rows = tableOf({ blocks: reply.blocks ?? [] });
    expect(rows[0]?.map((cell) => cell.text)).toEqual(pendingPaymentHeaders(t));
    expect(rows[1]?.[3]).toMatchObject({ type: 'raw_number', value: 99_999_999_999_999 });
    expect(rows[1]?.[6]).toEqual({ type: 'raw_number', value: 365, text: '365' });
    const total = rows.at(-1) ?? [];
    expect(total[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    expect(total[1]?.value).toBe(200);
    expect(total[3]?.value).toBe(200 * 99_999_999_999_999);
    const shown = rows.length - 2;
    said({ blocks: reply.blocks ?? [] }, t('lists.payments.shown', { shown, total: 200 }));
    expect(reply.text).toContain(t('lists.payments.shown', { shown, total: 200 }));
    const confirms = JSON.stringify(reply.blocks).split(ACTIONS.paymentConfirm).length - 1;
    expect(confirms).toBe(PENDING_PAYMENTS_WITH_BUTTONS);
  });

  it('/quote list over 500 quotes: the newest 100 read, as many as fit shown, and "showing N of 500" with the export', () => {
    const quote = (i: number): Quote =>
      ({
        id: i,
        teamId: 'T1',
        number: `BJ-2026-${String(i).padStart(6, '0')}`,
        leadId: i,
        ownerUserId: 'U0123456789ABCDEF',
        currency: 'CNY',
        status: 'pending_approval',
        currentVersion: 99,
        validUntil: '2027-01-06',
      }) as Quote;
    const summaries: QuoteSummary[] = Array.from({ length: 100 }, (_, i) => ({
      quote: quote(500 - i),
      companyName: FULL_NAME,
      totalMinor: 99_999_999_999_999,
      lineCount: 200,
    }));
    const list = buildQuoteList({ summaries, total: 500, t });
    accepted(list);
    const rows = tableOf(list);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(quoteListHeaders(t));
    expect(rows[1]?.[1]).toEqual({ type: 'raw_number', value: 99, text: 'v99' });
    expect(rows[1]?.[4]).toMatchObject({ type: 'raw_number', value: 99_999_999_999_999 });
    said(list, t('lists.quotes.shown', { shown: rows.length - 1, total: 500 }));
    expect(list.text).toContain('BJ-2026-000500');
  });
});
