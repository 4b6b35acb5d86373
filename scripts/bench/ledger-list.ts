/**
 * `/contract ledger` on 5,000 contracts: how long the repository's page and totals take (the two calls the
 * command makes), on PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL) set, on Postgres.
 *
 *   npx tsx scripts/bench/ledger-list.ts [contracts=5000] [runs=5]
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import {
  type ContractQuery,
  createContractRepository,
} from '../../src/features/ledger/contracts.repository.js';
import { seedLedger } from './ledger-list-seed.js';

const CONTRACTS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 5);
const TEAM = 'T_BENCH';
const TODAY = '2026-03-02';

async function openStore(
  kind: 'pglite' | 'postgres',
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openPglite({});
    return { database, drop: async () => {} };
  }
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '';
  const name = `salesflow_ledger_bench_${randomBytes(4).toString('hex')}`;
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

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans and caches
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
    await seedLedger(database.backgroundDb, TEAM, CONTRACTS);
    const contracts = createContractRepository({ db: database.db });
    const queries: [string, ContractQuery][] = [
      ['team', { owners: 'all', today: TODAY }],
      ['mine', { owners: ['U1'], today: TODAY }],
      ['overdue', { owners: 'all', today: TODAY, overdueOnly: true }],
    ];
    for (const [name, query] of queries) {
      const page = await time(() => contracts.list(TEAM, { ...query, limit: 100, offset: 0 }));
      const lastPage = await time(() =>
        contracts.list(TEAM, { ...query, limit: 100, offset: CONTRACTS - 100 }),
      );
      const totals = await time(() => contracts.totals(TEAM, query));
      const both = await time(() =>
        Promise.all([contracts.list(TEAM, { ...query, limit: 100 }), contracts.totals(TEAM, query)]),
      );
      console.log(
        `${kind} ${CONTRACTS} contracts, ${name}: page ${page.join('/')} ms, last page ${lastPage.join('/')} ms, totals ${totals.join('/')} ms, both ${both.join('/')} ms`,
      );
    }
  } finally {
    await database.close();
    await drop();
  }
}

await bench('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) await bench('postgres');
