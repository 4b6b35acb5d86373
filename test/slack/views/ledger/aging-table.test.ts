import { describe, expect, it } from 'vitest';
import type {
  AgingCurrency,
  AgingRow,
  AgingTable,
  StandingShortfall,
} from '../../../../src/features/ledger/aging.usecases.js';
import type { Contract } from '../../../../src/features/ledger/ledger.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { SLACK_LIMITS } from '../../../../src/slack/limits.js';
import { cellChars, type TableCell } from '../../../../src/slack/views/data-table.js';
import {
  agingHeaders,
  buildAgingMessages,
  MAX_AGING_MESSAGES,
} from '../../../../src/slack/views/ledger/aging-table.js';
import { agingBlocks } from '../../../../src/slack/views/ledger/overdue-views.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

type Json = Record<string, unknown>;
type Cell = { type: string; text?: string; value?: number };
const longChineseName = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司'.repeat(4);

const short = (number: string): StandingShortfall => ({
  contract: { number, currency: 'CNY', ownerUserId: 'U1', customerName: 'x' } as Contract,
  shortfall: { invoice: null, delivery: { rule: 'first_payment', shortMinor: 1 } },
});

function row(key: string | null, currency: string, i: number, flagged = 0): AgingRow {
  return {
    key,
    currency,
    days0to30: 1_000_000 + i,
    days31to60: 200_000,
    days61to90: 30_000,
    over90: 4_000,
    totalMinor: 1_234_000 + i,
    interestMinor: 12_345,
    contracts: 3,
    short: Array.from({ length: flagged }, (_, n) => short(`HT-2026-${String(i * 10 + n).padStart(4, '0')}`)),
  };
}

function table(input: {
  grouping: 'rep' | 'customer';
  rows: number;
  currencies?: string[];
  interestBp?: number | null;
  name?: (i: number) => string;
}): AgingTable {
  const name = input.name ?? ((i: number) => `U${String(i).padStart(8, '0')}`);
  const currencies: AgingCurrency[] = (input.currencies ?? ['CNY']).map((currency) => ({
    currency,
    rows: Array.from({ length: input.rows }, (_, i) => row(name(i), currency, i, i % 50 === 0 ? 2 : 0)),
    total: row(null, currency, 0, 3),
  }));
  return { grouping: input.grouping, today: '2026-03-02', interestBp: input.interestBp ?? null, currencies };
}

const tableOf = (message: { blocks: unknown[] }) =>
  (message.blocks as unknown as Json[]).find((block) => block.type === 'data_table') as
    | { rows: Cell[][] }
    | undefined;

describe('the receivables aging as Slack data tables', () => {
  it('200 reps: the first 99 in the order given and the totals row, “showing 99 of 200”, the CSV button, within every limit', () => {
    const t = translator('en');
    const [message, ...rest] = buildAgingMessages(table({ grouping: 'rep', rows: 200 }), t);
    expect(rest).toEqual([]);
    if (!message) throw new Error('no message');
    expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    expect(message.text).toContain(t('aging.heading.rep', { currency: 'CNY', today: '2026-03-02' }));
    const rows = tableOf(message)?.rows ?? [];
    expect(rows[0]?.map((cell) => cell.text)).toEqual(agingHeaders({ grouping: 'rep', interestBp: null }, t));
    expect(rows).toHaveLength(SLACK_LIMITS.dataTableRows + 1);
    expect(JSON.stringify(rows[1]?.[0])).toContain('"user_id":"U00000000"');
    expect(rows[1]?.slice(1, 6).every((cell) => cell.type === 'raw_number')).toBe(true);
    expect(rows[1]?.[1]).toEqual({ type: 'raw_number', value: 1_000_000, text: '¥10,000.00' });
    expect(rows[1]?.at(-1)).toEqual({ type: 'raw_number', value: 2, text: '⚠️ 2' });
    expect(rows[2]?.at(-1)).toEqual({ type: 'raw_text', text: '—' });
    expect(rows.at(-1)?.[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    const said = JSON.stringify(message.blocks);
    expect(said).toContain(t('aging.more', { shown: 99, count: 200 }));
    expect(said).toContain(ACTIONS.agingExportCsv);
    expect(said).toContain('HT-2026-0000');
  });

  it('5,000 customers with long Chinese names and interest on: names cut to their column, 99 rows within the character budget, and the message says so, in Chinese', () => {
    const t = translator('zh-CN');
    const built = table({
      grouping: 'customer',
      rows: 5_000,
      interestBp: 1825,
      name: (i) => `${longChineseName}${i}`,
    });
    const [message] = buildAgingMessages(built, t);
    if (!message) throw new Error('no message');
    expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    const rows = tableOf(message)?.rows ?? [];
    expect(rows[0]?.map((cell) => cell.text)).toEqual(
      agingHeaders({ grouping: 'customer', interestBp: 1825 }, t),
    );
    expect(rows[0]).toContainEqual({ type: 'raw_text', text: t('aging.column.interest') });
    const shown = rows.length - 2;
    expect(shown).toBe(SLACK_LIMITS.dataTableRows - 1);
    expect(rows[1]?.[0]?.text?.length).toBeLessThanOrEqual(24);
    const chars = rows.flat().reduce((sum, cell) => sum + cellChars(cell as TableCell), 0);
    expect(chars).toBeLessThanOrEqual(SLACK_LIMITS.dataTableChars);
    expect(JSON.stringify(message.blocks)).toContain(t('aging.more', { shown, count: 5_000 }));
    expect(JSON.stringify(message.blocks)).toContain(t('aging.interestRule', { rate: '18.25' }));
  });

  it('one message (one table) per currency, at most five; the last names the currencies only the CSV has', () => {
    const t = translator('en');
    const currencies = ['CNY', 'EUR', 'GBP', 'HKD', 'JPY', 'SGD', 'USD'];
    const messages = buildAgingMessages(table({ grouping: 'rep', rows: 3, currencies }), t);
    expect(messages).toHaveLength(MAX_AGING_MESSAGES);
    for (const message of messages) {
      expect(
        (message.blocks as unknown as Json[]).filter((block) => block.type === 'data_table'),
      ).toHaveLength(1);
      expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
      expect(message.text.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(messages.at(-1)?.blocks)).toContain(
      t('aging.otherCurrencies', { currencies: 'SGD, USD' }),
    );
    expect(JSON.stringify(messages[0]?.blocks)).not.toContain('SGD, USD');
  });

  it('nothing overdue and nothing flagged: one plain answer that names the ledger', () => {
    const t = translator('en');
    const messages = buildAgingMessages(
      { grouping: 'rep', today: '2026-03-02', interestBp: null, currencies: [] },
      t,
    );
    expect(messages).toEqual([
      { text: t('aging.empty'), blocks: [expect.objectContaining({ type: 'section' })] },
    ]);
  });

  it('the digest’s compact aging points to /contract aging for the table, in both languages', () => {
    const aging = {
      buckets: [{ currency: 'CNY', days0to30: 100, days31to60: 0, days61to90: 0, over90: 0 }],
      largest: [],
    };
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      expect(JSON.stringify(agingBlocks(aging, t))).toContain(t('aging.pointer'));
      expect(t('aging.pointer')).toContain('/contract aging');
    }
  });
});
