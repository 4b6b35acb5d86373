import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { BACKGROUND_BUDGET, MIGRATION_BUDGET, REQUEST_BUDGET, type TimeBudget } from './budgets.js';
import { type Database, type Db, healthPing, type QueryListener, queryLogger } from './database.js';
import * as schema from './schema/index.js';

/**
 * A pg client that hangs up when one of its queries hits the read timeout (`query_timeout`). The server did
 * not answer at all, so the connection is presumed dead (a partition, a failover): destroying it makes the pool
 * drop it and fails whatever was queued behind (a transaction's `rollback`) at once, instead of letting each
 * wait out its own timeout and the dead connection go back to the pool.
 */
class HangUpOnReadTimeoutClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    // A connection that dies while the client is checked out (in a transaction) fails its queries, which is
    // how the caller learns of it; it also emits 'error', which with no listener would crash the process.
    this.on('error', () => {});
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this passes them through
  override query(...args: any[]): any {
    const isReadTimeout = (error: unknown) => (error as Error | undefined)?.message === 'Query read timeout';
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, result: unknown) => void;
      args[callbackAt] = (error: unknown, result: unknown) => {
        if (isReadTimeout(error)) this.hangUp();
        callback(error, result);
      };
      return super.query(...(args as Parameters<pg.Client['query']>));
    }
    const result: unknown = super.query(...(args as Parameters<pg.Client['query']>));
    return result instanceof Promise
      ? result.catch((error: unknown) => {
          if (isReadTimeout(error)) this.hangUp();
          throw error;
        })
      : result;
  }

  private hangUp(): void {
    this.connection.stream.destroy();
  }
}

/** Connection settings that carry `budget`: pg's client-side timeouts and Postgres' server-side ones. */
function budgetSettings(url: string, budget: TimeBudget): pg.ClientConfig {
  return {
    connectionString: url,
    application_name: 'salesflow',
    connectionTimeoutMillis: budget.callMs,
    query_timeout: budget.callMs,
    statement_timeout: budget.statementMs,
    lock_timeout: budget.lockMs,
    idle_in_transaction_session_timeout: budget.idleInTransactionMs,
    // Idle pooled connections are probed by the OS after 10 s of silence, so a peer that vanished is noticed
    // even when no query is running (Node cannot set the probe interval; the query timeout is the fast path).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

function budgetedPool(url: string, budget: TimeBudget, max = budget.poolSize): pg.Pool {
  const pool = new pg.Pool({
    ...budgetSettings(url, budget),
    max,
    Client: HangUpOnReadTimeoutClient as unknown as new () => pg.ClientBase,
  });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  return pool;
}

/**
 * Postgres with one pool per budget: the request path's (`db`, `max` connections) and background work's
 * (`backgroundDb`); migrations get a connection of their own with the migration budget.
 */
export async function openPostgres(
  url: string,
  options: { max?: number; logQuery?: QueryListener } = {},
): Promise<Database> {
  const requestPool = budgetedPool(url, REQUEST_BUDGET, options.max);
  const backgroundPool = budgetedPool(url, BACKGROUND_BUDGET);
  const logger = queryLogger(options.logQuery);
  const db = drizzle(requestPool, { schema, logger }) as unknown as Db;
  const backgroundDb = drizzle(backgroundPool, { schema, logger }) as unknown as Db;

  const ping = healthPing(() => requestPool.query('select 1'));

  return {
    db,
    backgroundDb,
    kind: 'postgres',
    async withAdvisoryLock(key, fn) {
      const client = new HangUpOnReadTimeoutClient(budgetSettings(url, MIGRATION_BUDGET));
      client.on('error', () => {});
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzle(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        await client.end().catch(() => {});
      }
    },
    ping,
    async close() {
      await Promise.all([requestPool.end(), backgroundPool.end()]);
    },
  };
}
