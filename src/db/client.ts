import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { AppError } from '../lib/errors.js';
import { acquireDirectoryLock } from './directory-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle database every repository takes: the same API on PGlite and on node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Runs `fn` on one connection while holding a Postgres advisory lock (a no-op lock on PGlite). */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /** True when a trivial query answers; used by the health check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class DatabaseError extends AppError {
  constructor(code: string, message: string, cause?: unknown) {
    super(code, message, { cause, messageKey: 'common.tryAgain' });
    this.name = 'DatabaseError';
  }
}

/** Network-level failures of the database connection (Node socket codes, Postgres connection class 08, shutdown). */
const UNAVAILABLE_CODES =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|08\w{3}|57P0[123])$/;

/**
 * True when `error` says the database could not be reached or did not answer in time (as opposed to a query
 * that was refused): the request did not happen, and the user is told to try again in both languages.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof DatabaseError) return true;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
    if (
      typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/i.test(message)
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Called with every SQL statement the app sends through drizzle: how tests count a request's round trips. */
export type QueryListener = (query: string) => void;
const listenerLogger = (logQuery: QueryListener | undefined) => (logQuery ? { logQuery } : false);

export async function openPostgres(
  url: string,
  options: { max?: number; logQuery?: QueryListener } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 2000 });
  // A dropped connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema, logger: listenerLogger(options.logQuery) }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}

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
 * `loadDataDir` snapshot).
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
  const db = drizzlePglite(client, { schema, logger: listenerLogger(options.logQuery) }) as unknown as Db;
  return {
    db,
    client,
    kind: 'pglite',
    // PGlite is one connection in this process: statements are already serialized.
    withAdvisoryLock: (_key, fn) => fn(db),
    async ping() {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

export function openDatabase(settings: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres(settings.databaseUrl)
    : openPglite({ dataDir: settings.dataDir });
}
