import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agingTable } from '../../../src/features/ledger/aging.usecases.js';
import { DEFAULT_FINANCE_POLICY } from '../../../src/features/ledger/ledger.types.js';
import { agingCsv, ledgerCsv, reconciliationCsv } from '../../../src/features/ledger/ledger-csv.js';
import { exportLedger } from '../../../src/features/ledger/ledger-export.usecases.js';
import { reconciliationOf } from '../../../src/features/ledger/ledger-reports.usecases.js';
import { overdueInterestMinor } from '../../../src/features/ledger/overdue-interest.js';
import { translator } from '../../../src/i18n/index.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

const t = translator('en');
const ctx = { names: new Map([['U_REP', 'Rita Rep']]), timeZone: 'Asia/Shanghai' };

/*
 * Today is 2026-03-02 in Shanghai. HT-2026-0001 (U_REP, Acme, CNY) owes ¥20,000 due 20 Feb (10 days) and ¥50,000
 * due 1 Dec (91 days); HT-2026-0002 (U_REP2, 华东精密, CNY) ¥40,000 due 15 Jan (46 days); HT-2026-0003 (U_REP,
 * Acme, USD) $10,000 due 31 Dec (61 days); HT-2026-0004 (U_REP, Beta, CNY) owes nothing yet but stands on 40 %
 * under an issued invoice (the 60 % threshold): flagged; HT-2026-0005 is cancelled with money "overdue": left out.
 */
describe.each(DRIVERS)('the receivables aging per rep and per customer (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    await seedTeam(deps, 'T1');
    await database.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      values ('T1', 'HT-2026-0001', 2026, 1, 1, 1, 'U_REP', 'Acme', 10000000, 'CNY', 3000, 'signed', 1000000, 0, '2025-11-01'),
             ('T1', 'HT-2026-0002', 2026, 2, 2, 2, 'U_REP2', '华东精密', 4000000, 'CNY', 3000, 'signed', 0, 0, '2025-11-02'),
             ('T1', 'HT-2026-0003', 2026, 3, 3, 3, 'U_REP', 'Acme', 1000000, 'USD', 3000, 'signed', 0, 0, '2025-11-03'),
             ('T1', 'HT-2026-0004', 2026, 4, 4, 4, 'U_REP', 'Beta', 10000000, 'CNY', 3000, 'signed', 4000000, 6000000, '2025-11-04'),
             ('T1', 'HT-2026-0005', 2026, 5, 5, 5, 'U_REP', 'Gone', 5000000, 'CNY', 3000, 'cancelled', 0, 0, '2025-11-05')`);
    await database.db.execute(sql`
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
      select 'T1', c.id, v.seq, v.due::date, v.amount, v.collected, false
      from contracts c join (values
        ('HT-2026-0001', 1, '2026-02-20', 3000000, 1000000), ('HT-2026-0001', 2, '2025-12-01', 5000000, 0),
        ('HT-2026-0001', 3, '2026-06-01', 2000000, 0), ('HT-2026-0002', 1, '2026-01-15', 4000000, 0),
        ('HT-2026-0003', 1, '2025-12-31', 1000000, 0), ('HT-2026-0004', 1, '2026-09-01', 10000000, 4000000),
        ('HT-2026-0005', 1, '2025-12-01', 5000000, 0)
      ) as v(number, seq, due, amount, collected) on v.number = c.number
      where c.team_id = 'T1'`);
    await database.db.execute(sql`
      insert into contract_invoices (team_id, contract_id, approval_request_id, amount_minor, currency, status, requested_by_user_id)
      select team_id, id, 100, 6000000, 'CNY', 'issued', 'U_REP' from contracts where team_id = 'T1' and number = 'HT-2026-0004'`);
  }, 60_000);
  afterAll(() => database?.destroy());

  it('finance sees every rep per currency, buckets summed by the database, largest first, with the flagged contract', async () => {
    const table = await agingTable({ ...deps, actor: actor('U_FIN'), grouping: null });
    expect(table).toMatchObject({ grouping: 'rep', today: '2026-03-02', interestBp: null });
    expect(table.currencies.map((entry) => entry.currency)).toEqual(['CNY', 'USD']);
    const [cny, usd] = table.currencies;
    expect(
      cny?.rows.map((row) => [row.key, row.days0to30, row.days31to60, row.over90, row.totalMinor]),
    ).toEqual([
      ['U_REP', 2_000_000, 0, 5_000_000, 7_000_000],
      ['U_REP2', 0, 4_000_000, 0, 4_000_000],
    ]);
    expect(cny?.rows[0]?.short.map((item) => item.contract.number)).toEqual(['HT-2026-0004']);
    expect(cny?.total).toMatchObject({ key: null, totalMinor: 11_000_000, contracts: 2, interestMinor: 0 });
    expect(cny?.total.short).toHaveLength(1);
    expect(usd?.rows.map((row) => [row.key, row.days61to90, row.totalMinor])).toEqual([
      ['U_REP', 1_000_000, 1_000_000],
    ]);
  });

  it('per customer: a customer with nothing overdue but a contract short since a reversal has a row of its own', async () => {
    const table = await agingTable({ ...deps, actor: actor('U_FIN'), grouping: 'customer' });
    const cny = table.currencies[0];
    expect(cny?.rows.map((row) => [row.key, row.totalMinor, row.short.length])).toEqual([
      ['Acme', 7_000_000, 0],
      ['华东精密', 4_000_000, 0],
      ['Beta', 0, 1],
    ]);
  });

  it('a rep sees their own customers only; a manager their reports’ per rep', async () => {
    const rep2 = await agingTable({ ...deps, actor: actor('U_REP2'), grouping: null });
    expect(rep2.grouping).toBe('customer');
    expect(rep2.currencies.flatMap((entry) => entry.rows.map((row) => row.key))).toEqual(['华东精密']);
    const manager = await agingTable({ ...deps, actor: actor('U_MGR'), grouping: null });
    expect(manager.grouping).toBe('rep');
    expect(manager.currencies.flatMap((entry) => entry.rows.map((row) => row.key))).toEqual([
      'U_REP',
      'U_REP',
    ]);
  });

  it('with the interest policy on, each row’s interest is the per-installment rule summed, in SQL', async () => {
    const { version: _v, ...policy } = DEFAULT_FINANCE_POLICY;
    await deps.financeSettings.savePolicy(
      'T1',
      { ...policy, overdueInterestBp: 1825 },
      0,
      'U_ADMIN',
      deps.clock.now(),
    );
    const table = await agingTable({ ...deps, actor: actor('U_FIN'), grouping: 'rep' });
    const at = (overdueMinor: number, daysOverdue: number) =>
      overdueInterestMinor({ overdueMinor, annualBp: 1825, daysOverdue });
    const rep = at(2_000_000, 10) + at(5_000_000, 91);
    expect(table.interestBp).toBe(1825);
    expect(table.currencies[0]?.rows.map((row) => [row.key, row.interestMinor])).toEqual([
      ['U_REP', rep],
      ['U_REP2', at(4_000_000, 46)],
    ]);
    expect(table.currencies[0]?.total.interestMinor).toBe(rep + at(4_000_000, 46));
    expect(table.currencies[1]?.total.interestMinor).toBe(at(1_000_000, 61));
    // The CSV has the interest column and every row, then the totals.
    const csv = agingCsv(table, t, ctx);
    expect(csv).toContain(
      `Rita Rep,CNY,20000.00,0.00,0.00,50000.00,70000.00,${(rep / 100).toFixed(2)},1,HT-2026-0004`,
    );
    expect(csv).toContain(t('aging.column.interest'));
    const { version: _w, ...saved } = (await deps.financeSettings.findPolicy('T1')) ?? DEFAULT_FINANCE_POLICY;
    await deps.financeSettings.savePolicy(
      'T1',
      { ...saved, overdueInterestBp: null },
      1,
      'U_ADMIN',
      deps.clock.now(),
    );
  });

  it('the ledger CSV and the reconciliation (CSV and rows) carry the flag until the money is in again', async () => {
    const exported = await exportLedger({ ...deps, actor: actor('U_FIN'), filter: { kind: 'team' } });
    const ledger = ledgerCsv(exported.summaries, t, ctx, exported.shortfalls);
    expect(ledger.split('\r\n')[0]).toContain(t('ledger.table.short'));
    expect(
      ledger
        .split('\r\n')
        .find((line) => line.startsWith('HT-2026-0004'))
        ?.endsWith(',20000.00'),
    ).toBe(true);
    const recon = await reconciliationOf({
      ...deps,
      teamId: 'T1',
      month: '2026-02',
      timeZone: 'Asia/Shanghai',
    });
    expect(recon.shortfalls.map((item) => item.contract.number)).toEqual(['HT-2026-0004']);
    const csv = reconciliationCsv(recon, t, ctx);
    expect(
      csv
        .split('\r\n')
        .find((line) => line.startsWith('Rita Rep,CNY'))
        ?.endsWith(',HT-2026-0004'),
    ).toBe(true);
    // ¥20,000 collected again: 60 % stands behind the invoice, nothing is flagged any more.
    await database.db.execute(
      sql`update contracts set collected_minor = 6000000 where team_id = 'T1' and number = 'HT-2026-0004'`,
    );
    const after = await reconciliationOf({
      ...deps,
      teamId: 'T1',
      month: '2026-02',
      timeZone: 'Asia/Shanghai',
    });
    expect(after.shortfalls).toEqual([]);
    expect(reconciliationCsv(after, t, ctx)).not.toContain('HT-2026-0004');
    const table = await agingTable({ ...deps, actor: actor('U_FIN'), grouping: 'customer' });
    expect(table.currencies[0]?.rows.map((row) => row.key)).toEqual(['Acme', '华东精密']);
  });

  it('under the “whole upfront share” rule a delivery dispatched on part of the upfront is flagged; under “first payment” it is not', async () => {
    await database.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      values ('T1', 'HT-2026-0006', 2026, 6, 6, 6, 'U_REP2', 'Gamma', 10000000, 'CNY', 3000, 'delivering', 1000000, 0, '2025-11-06')`);
    await database.db.execute(sql`
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
      select 'T1', id, s, date '2026-09-01', 3000000 + (s - 1) * 4000000, 0, s = 1
      from contracts, generate_series(1, 2) s where team_id = 'T1' and number = 'HT-2026-0006'`);
    const flagged = async () =>
      (
        await agingTable({ ...deps, actor: actor('U_FIN'), grouping: 'customer' })
      ).currencies[0]?.total.short.map((item) => [item.contract.number, item.shortfall.delivery?.shortMinor]);
    expect(await flagged()).toEqual([]);
    const { version, ...policy } = (await deps.financeSettings.findPolicy('T1')) ?? DEFAULT_FINANCE_POLICY;
    await deps.financeSettings.savePolicy(
      'T1',
      { ...policy, deliveryRule: 'upfront' },
      version,
      'U_ADMIN',
      deps.clock.now(),
    );
    expect(await flagged()).toEqual([['HT-2026-0006', 2_000_000]]);
  });
});
