import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLedgerWithShortfalls } from '../../../src/features/ledger/ledger-shortfalls.js';
import { translator } from '../../../src/i18n/index.js';
import { buildLedgerList, ledgerHeaders } from '../../../src/slack/views/ledger/ledger-list.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

type Cell = { type: string; text?: string; value?: number };

/*
 * Three ¥100,000 contracts as a reversal leaves them: HT-2026-0001 invoiced (issued) with 40 % collected under the
 * 60 % threshold, HT-2026-0002 delivering with nothing collected, HT-2026-0003 signed with 40 % and no invoice. The
 * ledger's table flags the first two in their own column — what to collect again, or any payment — and not the
 * third, in English and Chinese.
 */
describe.each(DRIVERS)('the ledger flags contracts short since a reversal (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    await seedTeam(deps, 'T1');
    await database.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      values ('T1', 'HT-2026-0001', 2026, 1, 1, 1, 'U_REP', 'Acme', 10000000, 'CNY', 3000, 'signed', 4000000, 6000000, '2026-01-01'),
             ('T1', 'HT-2026-0002', 2026, 2, 2, 2, 'U_REP', '华东精密', 10000000, 'CNY', 3000, 'delivering', 0, 0, '2026-01-02'),
             ('T1', 'HT-2026-0003', 2026, 3, 3, 3, 'U_REP', 'Beta', 10000000, 'CNY', 3000, 'signed', 4000000, 0, '2026-01-03')`);
    await database.db.execute(sql`
      insert into contract_invoices (team_id, contract_id, approval_request_id, amount_minor, currency, status, requested_by_user_id)
      select team_id, id, 100, 6000000, 'CNY', 'issued', 'U_REP' from contracts where team_id = 'T1' and number = 'HT-2026-0001'`);
  }, 60_000);
  afterAll(() => database?.destroy());

  it.each(['en', 'zh-CN'] as const)(
    'the %s table has a “short since reversal” column with the amount or “any payment”',
    async (locale) => {
      const t = translator(locale);
      const result = await listLedgerWithShortfalls({
        ...deps,
        actor: actor('U_FIN', 'T1'),
        filter: { kind: 'team' },
      });
      const message = buildLedgerList({
        ...result,
        filter: { kind: 'team' },
        filterText: 'team',
        pageSize: 100,
        t,
      });
      const rows = (
        message.blocks.find((block) => block.type === 'data_table') as unknown as { rows: Cell[][] }
      ).rows;
      expect(rows[0]).toHaveLength(11);
      expect(rows[0]?.[10]?.text).toBe(t('ledger.table.short'));
      expect(rows[0]?.map((cell) => cell.text)).toEqual(ledgerHeaders(t));
      const byNumber = new Map(rows.slice(1).map((row) => [row[0]?.text, row[10]]));
      // 60 % of ¥100,000 is ¥60,000; ¥40,000 is in: ¥20,000 must come in again.
      expect(byNumber.get('HT-2026-0001')).toEqual({
        type: 'raw_number',
        value: 2_000_000,
        text: '⚠️ ¥20,000.00',
      });
      expect(byNumber.get('HT-2026-0002')).toEqual({
        type: 'raw_number',
        value: 0,
        text: t('ledger.table.shortAny'),
      });
      expect(byNumber.get('HT-2026-0003')).toEqual({ type: 'raw_text', text: '—' });
      expect(rows.at(-1)).toHaveLength(11);
    },
  );
});
