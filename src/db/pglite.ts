import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { type Database, type Db, healthPing, type QueryListener, queryLogger } from './database.js';
import { acquireDirectoryLock } from './directory-lock.js';
import { createPgliteFolder } from './pglite-initdb.js';
import * as schema from './schema/index.js';
import { DatabaseError } from './time-budget.js';

/** Extensions the migrations create; PGlite must load their code before `create extension` can find them. */
const extensions = { pg_trgm };
/**
 * Postgres zeroes all of shared_buffers at start, so PGlite's default 128 MB is resident from the first second.
 * 16 MB measured about 120 MB less resident memory and no slower queries (BENCHMARKS.md, memory); pages not in
 * the buffer pool are one file read away.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export interface PgliteDatabase extends Database {
  client: PGlite;
}

/**
 * Embedded Postgres in `dataDir/pglite`, or in memory when `dataDir` is omitted (tests, which may start from a
 * `loadDataDir` snapshot). It is one connection inside this process, so both budgets share it: they differ only
 * in the client-side deadline each repository call gets (`withTimeBudget`); see `withinBudget` for what such a
 * deadline can and cannot interrupt here.
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob; logQuery?: QueryListener } = {},
): Promise<PgliteDatabase> {
  const { dataDir, loadDataDir } = options;
  let releaseLock = () => {};
  let client: PGlite;
  if (dataDir) {
    const folder = path.resolve(dataDir, 'pglite');
    mkdirSync(folder, { recursive: true });
    releaseLock = acquireDirectoryLock(folder);
    // Should the child fail, opening the folder below creates it in this process (and says why if it cannot).
    await createPgliteFolder(folder).catch(() => {});
    client = new PGlite(folder, { extensions, startParams });
  } else {
    client = new PGlite(loadDataDir ? { loadDataDir, extensions, startParams } : { extensions, startParams });
  }
  try {
    await client.waitReady;
  } catch (error) {
    releaseLock();
    throw new DatabaseError(
      'pglite_open_failed',
      `Could not open the embedded database in ${dataDir}`,
      error,
    );
  }
  yieldBeforeEachStatement(client);
  const db = drizzlePglite(client, { schema, logger: queryLogger(options.logQuery) }) as unknown as Db;
  const ping = healthPing(() => client.query('select 1'));
  return {
    db,
    backgroundDb: db,
    client,
    kind: 'pglite',
    // PGlite is one connection in this process: statements are already serialized.
    withAdvisoryLock: (_key, fn) => fn(db),
    ping,
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite runs a statement on this thread, and resolves it in a microtask: a use case's chain of statements would
 * hold the event loop from its first to its last, and a Slack request arriving meanwhile would wait for all of
 * them before it is even read. One turn of the event loop before each statement (and each transaction) lets
 * waiting requests be read and acknowledged between statements (issue 24; BENCHMARKS.md §1).
 */
export function yieldBeforeEachStatement(client: PGlite): void {
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = async (...args) => {
    await nextTurn();
    return query(...args);
  };
  client.exec = async (...args) => {
    await nextTurn();
    return exec(...args);
  };
  client.transaction = async (...args) => {
    await nextTurn();
    return transaction(...args);
  };
}
