/**
 * How long the database may take, per kind of work (DESIGN.md rule 13). Two budgets coexist: the request path
 * (a Slack user is waiting) and background work (the digest, scheduled tasks, the outbox worker), plus a third
 * for migrations. On Postgres each budget is its own connection pool, so a slow digest can neither take the
 * request path's connections nor lend it its long timeouts; on PGlite (one in-process connection) only the
 * client-side `callMs` applies, around each repository call (see `withTimeBudget`).
 */
export interface TimeBudget {
  /**
   * The longest one repository call may take end to end, waiting for a connection included. Past it the
   * caller gets a `DatabaseError` (messageKey `common.tryAgain`). It is also pg's `query_timeout` and
   * `connectionTimeoutMillis`: the client stops waiting for a server that does not answer at all.
   */
  callMs: number;
  /** Server side: Postgres cancels a statement running longer (and frees its backend). */
  statementMs: number;
  /** Server side: Postgres stops waiting for a row, table or advisory lock after this. */
  lockMs: number;
  /**
   * Server side: Postgres ends a session left idle inside a transaction this long, which rolls the transaction
   * back and releases its locks when its client vanished mid-transaction (a partition, a crash).
   */
  idleInTransactionMs: number;
  /** Connections in this budget's pool (Postgres). */
  poolSize: number;
}

/**
 * The request path. Slack shows the user an error when an ack takes over 3 s, and a reply to a command is only
 * useful while the user still looks at it: a call gets 2.5 s in all. The server cancels a statement at 2 s, so on
 * a slow but reachable server the clean server-side cancel comes first and the client's own 2.5 s deadline only
 * fires when the server does not answer at all (a partition). Measured needs: search over 100,000 leads is
 * 8–140 ms, a card's reads a few ms (BENCHMARKS.md); locks are held by one-statement writes or short
 * transactions, so a second waiting for one means something is wrong.
 */
export const REQUEST_BUDGET: TimeBudget = {
  callMs: 2500,
  statementMs: 2000,
  lockMs: 1000,
  idleInTransactionMs: 5000,
  poolSize: 10,
};

/**
 * Scheduled tasks, the morning digest and the outbox worker: nobody waits on them and they retry, but they
 * must not hold a connection or a lock forever either. The team digest over 100,000 leads takes 0.3–1.3 s
 * (BENCHMARKS.md); a minute leaves a wide margin and still frees a stuck run before the next tick.
 */
export const BACKGROUND_BUDGET: TimeBudget = {
  callMs: 60_000,
  statementMs: 50_000,
  lockMs: 10_000,
  idleInTransactionMs: 60_000,
  poolSize: 3,
};

/**
 * Migrations at start-up: an index on a big table may take minutes, and a second instance waits on the
 * migration advisory lock while the first migrates. Ten minutes bounds a start that would otherwise hang.
 */
export const MIGRATION_BUDGET: TimeBudget = {
  callMs: 10 * 60_000,
  statementMs: 10 * 60_000,
  lockMs: 10 * 60_000,
  idleInTransactionMs: 10 * 60_000,
  poolSize: 1,
};

/** `/healthz` must answer within a second, always: the database ping gets a little less. */
export const HEALTH_PING_MS = 700;
