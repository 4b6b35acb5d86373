/**
 * `/contract aging` on 5,000 contracts: the aging query per rep and per customer (with interest), the reversal
 * flags' candidates, and the whole use case as finance calls it, on PGlite and, with BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) set, on Postgres. The same seed as the ledger list's benchmark.
 *
 *   npx tsx scripts/bench/aging.ts [contracts=5000] [runs=5]
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { agingTable } from '../../src/features/ledger/aging.usecases.js';
import { createContractRepository } from '../../src/features/ledger/contracts.repository.js';
import { createFinanceSettingsRepository } from '../../src/features/ledger/finance-settings.repository.js';
import { createOverdueRepository } from '../../src/features/ledger/overdue.repository.js';
import { createTeamRepository } from '../../src/features/team/team.repository.js';
import { fixedClock } from '../../src/lib/clock.js';
import { seedLedger } from './ledger-list-seed.js';

const CONTRACTS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 5);
const TEAM = 'T_BENCH';
const TODAY = '2026-03-02';

async function openStore(
  kind: 'pglite' | 'postgres',
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') return { database: await openPglite({}), drop: async () => {} };
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '';
  const name = `salesflow_aging_bench_${randomBytes(4).toString('hex')}`;
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
  return {
    database: await openPostgres(url.toString()),
    drop: () => run(`drop database if exists ${name} with (force)`),
  };
}

async function time(fn: () => Promise<unknown>): Promise<string> {
  await fn(); // warm-up: plans and caches
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    runs.push(Math.round(performance.now() - started));
  }
  return runs.sort((a, b) => a - b).join('/');
}

async function bench(kind: 'pglite' | 'postgres'): Promise<void> {
  const { database, drop } = await openStore(kind);
  try {
    await runMigrations(database);
    await seedLedger(database.backgroundDb, TEAM, CONTRACTS);
    const { db } = database;
    const overdue = createOverdueRepository({ db });
    const deps = {
      overdue,
      contracts: createContractRepository({ db }),
      financeSettings: createFinanceSettingsRepository({ db }),
      teams: createTeamRepository({ db }),
      clock: fixedClock(new Date(`${TODAY}T04:00:00Z`)),
    };
    const actor = {
      teamId: TEAM,
      userId: 'U_FIN',
      role: 'finance' as const,
      isAdmin: false,
      locale: 'en' as const,
      timezone: 'Asia/Shanghai',
    };
    const query = { owners: 'all' as const, today: TODAY };
    const rep = await time(() => overdue.agingBy(TEAM, { ...query, grouping: 'rep', interestBp: null }));
    const customer = await time(() =>
      overdue.agingBy(TEAM, { ...query, grouping: 'customer', interestBp: 1825 }),
    );
    const candidates = await time(() =>
      overdue.shortfallCandidates(TEAM, {
        owners: 'all',
        invoiceThresholdBp: 6000,
        deliveryRule: 'first_payment',
      }),
    );
    // Under the "whole upfront share" rule each dispatched contract's upfront sum is read (a correlated sum).
    const upfrontQuery = {
      owners: 'all' as const,
      invoiceThresholdBp: 6000,
      deliveryRule: 'upfront' as const,
    };
    const upfront = await time(() => overdue.shortfallCandidates(TEAM, upfrontQuery));
    const upfrontCount = (await overdue.shortfallCandidates(TEAM, upfrontQuery)).length;
    const whole = await time(() => agingTable({ ...deps, actor, grouping: 'customer' }));
    const count = (
      await overdue.shortfallCandidates(TEAM, {
        owners: 'all',
        invoiceThresholdBp: 6000,
        deliveryRule: 'first_payment',
      })
    ).length;
    console.log(
      `${kind} ${CONTRACTS} contracts: per rep ${rep} ms, per customer with interest ${customer} ms, flag candidates (${count}) ${candidates} ms, under the upfront rule (${upfrontCount}) ${upfront} ms, agingTable per customer ${whole} ms`,
    );
  } finally {
    await database.close();
    await drop();
  }
}

await bench('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) await bench('postgres');
