import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { type Seeded, type SeedSize, seedTeam } from './seed.js';

export type StoreKind = 'pglite' | 'postgres';

export const BENCH_TEAM = 'T0001';
/** U1 manages U2…U5; every seeded lead belongs to one of them. */
export const BENCH_OWNERS = ['U1', 'U2', 'U3', 'U4', 'U5'];

export interface BenchStore {
  /** Environment that points a Salesflow process at this store (DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  /** Opens the store in this process (close it before a Salesflow process opens a PGlite directory). */
  open(): Promise<Database>;
  cleanup(): Promise<void>;
  seeded: Seeded;
}

const adminUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

/** A fresh, migrated, seeded store: a PGlite directory in /tmp, or a throw-away Postgres database. */
export async function createBenchStore(kind: StoreKind, size: SeedSize): Promise<BenchStore> {
  const started = Date.now();
  let store: Omit<BenchStore, 'seeded'>;
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'salesflow-bench-'));
    store = {
      env: { DATA_DIR: dataDir },
      open: () => openPglite({ dataDir }),
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  } else {
    const name = `salesflow_bench_${process.pid}_${Date.now()}`;
    await withAdmin((admin) => admin.query(`create database ${name}`));
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    store = {
      env: { DATABASE_URL: url.toString() },
      open: () => openPostgres(url.toString()),
      cleanup: () => withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`)),
    };
  }
  let seeded: Seeded;
  try {
    const database = await store.open();
    try {
      await runMigrations(database);
      // The background budget: on a busy machine the set-based inserts outlast the request path's 2 s statements.
      seeded = await seedTeam(database.backgroundDb, { teamId: BENCH_TEAM, owners: BENCH_OWNERS, ...size });
    } finally {
      await database.close();
    }
  } catch (error) {
    await store.cleanup();
    throw error;
  }
  console.error(
    `[bench] ${kind}: seeded ${size.leads} leads, ${size.activities} activities in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return { ...store, seeded };
}

async function withAdmin(fn: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}
