import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { HEALTH_PING_MS } from './budgets.js';
import type * as schema from './schema/index.js';
import { withinBudget } from './time-budget.js';

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

/**
 * The health check's ping: `select 1` within HEALTH_PING_MS, false on failure or timeout. One probe at a time: pings
 * arriving while the database hangs share it instead of piling up.
 */
export function healthPing(query: () => Promise<unknown>): () => Promise<boolean> {
  let probe: Promise<boolean> | undefined;
  const probeOnce = () => {
    probe ??= query()
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        probe = undefined;
      });
    return probe;
  };
  return () => withinBudget(probeOnce, HEALTH_PING_MS, 'ping').catch(() => false);
}
