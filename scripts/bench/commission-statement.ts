/**
 * `/commission` with the hold-back on: 5,000 contracts of 200 reps (long Chinese customer names), three
 * installments each; every contract's upfront paid in January; half pay part of an overdue installment in March
 * (held back), a quarter pay it off in April (released). Times the statement use case — everyone's and one rep's,
 * for March (holds) and April (releases) — on PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL), Postgres.
 *
 *   npx tsx scripts/bench/commission-statement.ts [contracts=5000] [runs=3]
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { monthStatement } from '../../src/features/ledger/commission.usecases.js';
import { createFinanceSettingsRepository } from '../../src/features/ledger/finance-settings.repository.js';
import type { LedgerScope } from '../../src/features/ledger/ledger.types.js';
import { createLedgerReportRepository } from '../../src/features/ledger/ledger-reports.repository.js';

const CONTRACTS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 3);
const TEAM = 'T_BENCH';

async function openStore(
  kind: 'pglite' | 'postgres',
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') return { database: await openPglite({}), drop: async () => {} };
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '';
  const name = `salesflow_commission_bench_${randomBytes(4).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return { database, drop: () => run(`drop database if exists ${name} with (force)`) };
}

export async function seed(db: Database['db'], count: number): Promise<void> {
  await db.execute(sql`
    insert into finance_policies (team_id, commission_hold_days) values (${TEAM}, 30)`);
  await db.execute(sql`
    insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
      amount_minor, currency, upfront_bp, status, approved_at)
    select ${TEAM}, 'HT-2026-' || lpad(g::text, 5, '0'), 2026, g, g, g, 'U' || (1 + g % 200),
      '北京市朝阳区望京街道某某智能制造科技发展有限责任公司华北大区分公司' || g, 9000000,
      case when g % 7 = 0 then 'USD' else 'CNY' end, 3333, 'signed', timestamptz '2026-01-01'
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, is_upfront)
    select c.team_id, c.id, s, (array[date '2026-01-15', date '2026-02-01', date '2026-06-01'])[s], 3000000, s = 1
    from contracts c, generate_series(1, 3) s where c.team_id = ${TEAM}`);
  // Payments: (kind, which contracts, amount, installment, confirmed at).
  const payments: [string, number, number, number, string][] = [
    ['jan', 1, 3000000, 1, '2026-01-10T02:00:00Z'],
    ['mar', 2, 1000000, 2, '2026-03-10T02:00:00Z'],
    ['apr', 4, 2000000, 2, '2026-04-10T02:00:00Z'],
  ];
  for (const [note, every, amount, installment, at] of payments) {
    await db.execute(sql`
      insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, note, status,
        reported_by_user_id, confirmed_at)
      select team_id, id, ${amount}, currency, ${at}::timestamptz::date, ${note}, 'confirmed', owner_user_id, ${at}::timestamptz
      from contracts where team_id = ${TEAM} and seq % ${every} = 0`);
    await db.execute(sql`
      insert into payment_allocations (team_id, payment_id, installment_id, contract_id, amount_minor, days_late)
      select p.team_id, p.id, i.id, p.contract_id, p.amount_minor, 0
      from contract_payments p join contract_installments i on i.contract_id = p.contract_id and i.seq = ${installment}
      where p.team_id = ${TEAM} and p.note = ${note}`);
    await db.execute(sql`
      insert into commission_entries (team_id, payment_id, contract_id, rep_user_id, month, currency, kind,
        collected_minor, basis_minor, commission_minor, occurred_at)
      select p.team_id, p.id, p.contract_id, c.owner_user_id, to_char(p.confirmed_at, 'YYYY-MM'), p.currency,
        'accrual', p.amount_minor, p.amount_minor, p.amount_minor * 3 / 100, p.confirmed_at
      from contract_payments p join contracts c on c.id = p.contract_id
      where p.team_id = ${TEAM} and p.note = ${note}`);
  }
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    runs.push(Math.round(performance.now() - started));
  }
  return runs.sort((a, b) => a - b);
}

async function bench(kind: 'pglite' | 'postgres'): Promise<void> {
  const { database, drop } = await openStore(kind);
  try {
    await runMigrations(database);
    console.log(`${kind}: migrated`);
    await seed(database.backgroundDb, CONTRACTS);
    console.log(`${kind}: seeded ${CONTRACTS} contracts`);
    const deps = {
      ledgerReports: createLedgerReportRepository({ db: database.db }),
      financeSettings: createFinanceSettingsRepository({ db: database.db }),
    };
    for (const month of ['2026-03', '2026-04'])
      for (const [who, reps] of [
        ['everyone', 'all'],
        ['one rep', ['U7']],
      ] as [string, LedgerScope][]) {
        const ask = () =>
          monthStatement({
            ...deps,
            teamId: TEAM,
            month,
            reps,
            timeZone: 'Asia/Shanghai',
            today: '2026-06-02',
          });
        const result = await ask();
        const held = result.lines.filter((line) => line.heldMinor).length;
        const released = result.lines.filter((line) => line.releasedMinor).length;
        console.log(
          `${kind} ${CONTRACTS} contracts, ${month}, ${who}: ${result.lines.length} lines (${held} held, ${released} released), ${(await time(ask)).join('/')} ms`,
        );
      }
  } finally {
    await database.close();
    await drop();
  }
}

if (process.argv[1]?.endsWith('commission-statement.ts')) {
  await bench('pglite');
  if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) await bench('postgres');
}
