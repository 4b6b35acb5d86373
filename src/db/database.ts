import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle database every repository takes: the same API on PGlite and on node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  /** The request path's handle, on the short budget (`REQUEST_BUDGET`). */
  db: Db;
  /** Scheduled tasks, the digest and the outbox worker, on `BACKGROUND_BUDGET` (its own pool on Postgres). */
  backgroundDb: Db;
  kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` on one connection while holding a Postgres advisory lock (a no-op lock on PGlite). Migrations use
   * it, so on Postgres that connection carries the migration budget.
   */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /** True when a trivial query answers within `HEALTH_PING_MS`; never takes longer. Used by /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Called with every SQL statement the app sends through drizzle: how tests count a request's round trips. */
export type QueryListener = (query: string) => void;

/** drizzle's `logger` option for `logQuery` (none when no one listens). */
export const queryLogger = (logQuery: QueryListener | undefined) => (logQuery ? { logQuery } : false);
