import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src/features/ledger/commission.usecases.js';
import { type CommissionLine, totalsOf } from '../../../../src/features/ledger/commission-statement.js';
import { DEFAULT_COMMISSION_PLAN } from '../../../../src/features/ledger/ledger.types.js';
import { statementCsv } from '../../../../src/features/ledger/ledger-csv.js';
import { translator } from '../../../../src/i18n/index.js';
import { SLACK_LIMITS } from '../../../../src/slack/limits.js';
import { buildStatementMessage } from '../../../../src/slack/views/ledger/commission-views.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

type Cell = { type: string; text?: string; value?: number };
type Block = { type: string; rows?: Cell[][]; elements?: { text?: string }[] };

const LONG_NAME = '北京市朝阳区望京街道某某智能制造科技发展有限责任公司华北大区分公司'.repeat(4);

/** 200 reps with 25 contracts each (5,000 lines), every fifth held back, every seventh releasing an earlier hold. */
function bigBook(): CommissionLine[] {
  const lines: CommissionLine[] = [];
  for (let rep = 0; rep < 200; rep++)
    for (let n = 0; n < 25; n++) {
      const id = rep * 25 + n + 1;
      const commissionMinor = 30_000 + id;
      const heldMinor = id % 5 === 0 ? commissionMinor : 0;
      const releasedMinor = id % 7 === 0 && heldMinor === 0 ? 12_345 : 0;
      lines.push({
        repUserId: `U_REP${String(rep).padStart(3, '0')}`,
        contractId: id,
        contractNumber: `HT-2026-${String(id).padStart(4, '0')}`,
        customerName: `${LONG_NAME}${id}`,
        currency: id % 3 === 0 ? 'USD' : 'CNY',
        collectedMinor: commissionMinor * 33,
        basisMinor: commissionMinor * 33,
        commissionMinor,
        heldMinor,
        releasedMinor,
        payableMinor: commissionMinor - heldMinor + releasedMinor,
        overdue: heldMinor ? { overdueMinor: 6_000_000, daysOverdue: 45 } : null,
        heldSince: releasedMinor ? '2026-01' : null,
      });
    }
  return lines;
}

const tableOf = (blocks: unknown) => ((blocks ?? []) as Block[]).find((block) => block.type === 'data_table');

describe.each(['en', 'zh-CN'] as const)(
  'the commission statement with 200 reps and 5,000 contracts (%s)',
  (locale) => {
    const t = translator(locale);
    const lines = bigBook();
    const statement = (repUserId: string | null): Statement => {
      const mine = repUserId ? lines.filter((line) => line.repUserId === repUserId) : lines;
      return {
        month: '2026-03',
        totals: totalsOf(mine),
        lines: mine,
        repUserId,
        plan: { ...DEFAULT_COMMISSION_PLAN, baseRateBp: 300, version: 1 },
        hold: { holdDays: 30, cutoff: '2026-03-31' },
      };
    };

    it('finance’s view: one row per rep and currency within Slack’s limits, totals rows, and "showing N of M"', () => {
      const message = buildStatementMessage({ statement: statement(null), t, exportable: true });
      expect(slackLimitViolations(message, 'message')).toEqual([]);
      expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
      const table = tableOf(message.blocks);
      const rows = table?.rows ?? [];
      expect(rows.length).toBeLessThanOrEqual(SLACK_LIMITS.dataTableRows + 1);
      // The totals rows (one per currency) are always last.
      expect(rows.at(-1)?.[0]?.text).toBe(t('commission.table.total', { currency: 'USD' }));
      expect(rows.at(-2)?.[0]?.text).toBe(t('commission.table.total', { currency: 'CNY' }));
      const shown = rows.length - 3;
      expect(JSON.stringify(message.blocks)).toContain(
        JSON.stringify(t('commission.statement.showing', { shown, total: 400 })).slice(1, -1),
      );
      // Money cells sort by their integer minor units.
      const payable = rows.at(-2)?.[5];
      expect(payable?.type).toBe('raw_number');
      expect(Number.isInteger(payable?.value)).toBe(true);
      expect(message.text).toContain('CNY');
    });

    it('one rep’s 5,000 contracts with long Chinese names: the first lines fit, the rest are counted and in the CSV', () => {
      const all = {
        ...statement('U_REP000'),
        lines,
        totals: totalsOf(lines).filter((total) => total.repUserId === 'U_REP000'),
      };
      const message = buildStatementMessage({ statement: all, t, exportable: true });
      expect(slackLimitViolations(message, 'message')).toEqual([]);
      expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
      const rows = tableOf(message.blocks)?.rows ?? [];
      expect(rows.length).toBeGreaterThan(10);
      const shown = rows.length - 1 - 2;
      expect(JSON.stringify(message.blocks)).toContain(
        JSON.stringify(t('commission.statement.showing', { shown, total: 5000 })).slice(1, -1),
      );
      const dm = buildStatementMessage({ statement: all, t, exportable: false });
      expect(JSON.stringify(dm.blocks)).toContain(
        JSON.stringify(t('commission.statement.showingNoCsv', { shown, total: 5000 })).slice(1, -1),
      );
      const csv = statementCsv(lines, t, { names: new Map(), timeZone: 'Asia/Shanghai' });
      expect(csv.trim().split('\r\n').length).toBe(5001);
      expect(csv).toContain(t('commission.csv.held'));
      expect(csv).toContain(t('commission.csv.released'));
    });
  },
);
