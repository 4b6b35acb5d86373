import { describe, expect, it } from 'vitest';
import type { ContractSummary, LedgerTotals } from '../../../src/features/ledger/ledger.types.js';
import { translator } from '../../../src/i18n/index.js';
import { SLACK_LIMITS } from '../../../src/slack/limits.js';
import {
  buildDataTable,
  cellChars,
  moneyCell,
  numberCell,
  type TableCell,
  textCell,
  userCell,
} from '../../../src/slack/views/data-table.js';
import { buildLedgerList, ledgerHeaders } from '../../../src/slack/views/ledger/ledger-list.js';
import { dataBlockProblems } from '../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../helpers/view-limits.js';

type Row = { type: string; text?: string; value?: number }[];
const fullChineseName = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司'.repeat(8); // 216 characters

describe('the data table builder', () => {
  it('keeps the records in the given order up to 100 rows under the header, then the totals, and says how many it kept', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [textCell(`R${i}`), numberCell(i)]);
    const table = buildDataTable({
      caption: 'c',
      headers: ['name', 'n'],
      rows,
      totals: [[textCell('Total'), numberCell(250)]],
    });
    expect(table?.shown).toBe(SLACK_LIMITS.dataTableRows - 1);
    expect(table?.total).toBe(250);
    const shown = table?.block.rows as Row[];
    expect(shown).toHaveLength(SLACK_LIMITS.dataTableRows + 1);
    expect(shown[1]?.[0]?.text).toBe('R0');
    expect(shown.at(-2)?.[0]?.text).toBe('R98');
    expect(shown.at(-1)?.[0]?.text).toBe('Total');
    expect(dataBlockProblems([table?.block], '/blocks', 'message')).toEqual([]);
  });

  it('stops before Slack’s 10,000-character budget when every name is long, and cuts each name to its column', () => {
    const rows = Array.from({ length: 100 }, () => [textCell(fullChineseName, 120), numberCell(1)]);
    const table = buildDataTable({ caption: 'c', headers: ['客户', '数'], rows });
    if (!table) throw new Error('no table');
    const chars = (table.block.rows as TableCell[][]).flat().reduce((sum, cell) => sum + cellChars(cell), 0);
    expect(chars).toBeLessThanOrEqual(SLACK_LIMITS.dataTableChars);
    expect(table.shown).toBeLessThan(100);
    expect(table.shown).toBe(Math.floor((SLACK_LIMITS.dataTableChars - 3) / 121));
    expect(dataBlockProblems([table.block], '/blocks', 'message')).toEqual([]);
  });

  it('has no table for no record (Slack needs a row under the header), and an empty value shows as a dash', () => {
    expect(buildDataTable({ caption: 'c', headers: ['a'], rows: [] })).toBeNull();
    expect(textCell('  ').text).toBe('—');
  });

  it('money sorts by its exact minor units and reads in its currency; a person is a mention', () => {
    expect(moneyCell(1_234_567, 'CNY')).toEqual({ type: 'raw_number', value: 1_234_567, text: '¥12,345.67' });
    expect(moneyCell(5000, 'JPY').value).toBe(5000);
    expect(JSON.stringify(userCell('U1'))).toContain('"user_id":"U1"');
  });
});

describe.each(['en', 'zh-CN'] as const)('the contract ledger table at its largest (%s)', (locale) => {
  const t = translator(locale);
  const now = new Date('2026-03-02T02:00:00Z');
  // 5,000 contracts of 200 reps, every customer named at full length in Chinese.
  const summaries: ContractSummary[] = Array.from({ length: 5000 }, (_, i) => ({
    contract: {
      id: i + 1,
      teamId: 'T1',
      number: `HT-2026-${String(i + 1).padStart(4, '0')}`,
      year: 2026,
      seq: i + 1,
      leadId: i + 1,
      approvalRequestId: i + 1,
      ownerUserId: `U_REP_${String(i % 200).padStart(3, '0')}`,
      customerName: fullChineseName,
      amountMinor: 10_000_000 + i,
      currency: 'CNY',
      upfrontBp: 3000,
      paymentTerms: null,
      deliveryDate: null,
      specialTerms: null,
      draftLink: null,
      signedLink: null,
      status: 'signed',
      collectedMinor: 3_000_000,
      invoicedMinor: 1_000_000,
      acceptanceNote: null,
      cancelReason: null,
      approvedAt: now,
      signedAt: now,
      dispatchedAt: null,
      deliveredAt: null,
      closedAt: null,
      cancelledAt: null,
      reverseReason: null,
      noticeChannelId: null,
      noticeTs: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
    outstandingMinor: 7_000_000 + i,
    collectedPercent: 30,
    overdueMinor: i % 2 ? 100 : 0,
    oldestOverdueOn: i % 2 ? '2026-02-20' : null,
    reportedMinor: 0,
  }));
  const totals: LedgerTotals[] = [
    {
      currency: 'CNY',
      count: 5000,
      amountMinor: summaries.reduce((sum, s) => sum + s.contract.amountMinor, 0),
      collectedMinor: 5000 * 3_000_000,
      outstandingMinor: summaries.reduce((sum, s) => sum + s.outstandingMinor, 0),
      invoicedMinor: 5000 * 1_000_000,
      overdueMinor: 2500 * 100,
    },
  ];
  const list = buildLedgerList({
    summaries: summaries.slice(0, 100),
    totals,
    filter: { kind: 'team' },
    filterText: 'team',
    page: 0,
    pageSize: 100,
    today: '2026-03-02',
    t,
  });
  const table = list.blocks.find((block) => block.type === 'data_table') as { rows: Row[] } | undefined;

  it('is one data table Slack accepts, in a message within its limits, with a plain text fallback', () => {
    expect(dataBlockProblems(list.blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(list, 'message')).toEqual([]);
    expect(list.text).toContain(t('ledger.list.heading.team'));
    expect(list.blocks.filter((block) => block.type === 'data_table')).toHaveLength(1);
  });

  it('has the ledger’s eleven headers, money and days as raw_number, no reversal flag, and the totals row of all 5,000 contracts', () => {
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(ledgerHeaders(t));
    const first = table?.rows[1] ?? [];
    expect(first.map((cell) => cell.type)).toEqual([
      'raw_text',
      'raw_text',
      'rich_text',
      'raw_number',
      'raw_number',
      'raw_number',
      'raw_number',
      'raw_number',
      'raw_number',
      'raw_text',
      'raw_text',
    ]);
    expect(first[10]).toEqual({ type: 'raw_text', text: '—' });
    expect(first[3]).toEqual({ type: 'raw_number', value: 10_000_000, text: '¥100,000.00' });
    expect(table?.rows[2]?.[8]).toEqual({ type: 'raw_number', value: 10, text: '10' });
    const total = table?.rows.at(-1) ?? [];
    expect(total[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    expect(total[1]?.value).toBe(5000);
    expect(total[3]?.value).toBe(totals[0]?.amountMinor);
    expect(total[6]?.value).toBe(totals[0]?.outstandingMinor);
  });

  it('says how many of the page the table shows and where all of them are, when long names fill Slack’s budget', () => {
    const shown = (table?.rows.length ?? 0) - 2;
    expect(shown).toBeLessThan(100);
    expect(JSON.stringify(list.blocks)).toContain(
      JSON.stringify(t('ledger.table.more', { page: 1, shown, count: 5000 })).slice(1, -1),
    );
  });
});
