import { AppError } from '../lib/errors.js';
import type { TimeBudget } from './budgets.js';

/** The database failed us (unreachable, too slow): the user is asked to try again; the log gets the cause. */
export class DatabaseError extends AppError {
  constructor(code: string, message: string, cause?: unknown) {
    super(code, message, { cause, messageKey: 'common.tryAgain' });
    this.name = 'DatabaseError';
  }
}

/** Postgres error classes that mean "too slow": statement_timeout / cancel, lock_timeout, idle in transaction. */
const TIMEOUT_STATES = new Set(['57014', '55P03', '25P03']);
/** Postgres says it cannot serve: shutting down, starting, too many connections; class 08 is a lost connection. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres' own client-side timeouts (it sets no code on them). */
const CLIENT_TIMEOUT = /Query read timeout|timeout exceeded when trying to connect|connection timeout/i;
/** node-postgres and Node network errors for a connection that is gone or never came. */
const CONNECTION_LOST = /Connection terminated|not queryable|Client was closed/i;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 5; current = (current as Error).cause) {
    chain.push(current);
  }
  return chain;
}

/**
 * The `DatabaseError` a failed call stands for when the database was too slow or out of reach (drizzle wraps
 * driver errors, so the whole cause chain is read); undefined for every other error (a constraint violation, a
 * bug), which keeps its own meaning.
 */
export function asDatabaseError(error: unknown): DatabaseError | undefined {
  if (error instanceof DatabaseError) return error;
  for (const link of causes(error)) {
    if (link instanceof DatabaseError) return link;
    const { code, message } = (link ?? {}) as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if ((typeof code === 'string' && TIMEOUT_STATES.has(code)) || CLIENT_TIMEOUT.test(text)) {
      return new DatabaseError('database_timeout', `The database did not answer in time: ${text}`, error);
    }
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))
    ) {
      return new DatabaseError('database_unavailable', `The database is unavailable: ${text}`, error);
    }
    if (CONNECTION_LOST.test(text)) {
      return new DatabaseError('database_unavailable', `The database connection was lost: ${text}`, error);
    }
  }
  return undefined;
}

/**
 * Runs `call` within `ms`: past the deadline the caller gets a `DatabaseError` at once. What the deadline can
 * and cannot stop: it stops the *waiting*. On Postgres the statement itself is stopped by the budget's server
 * and driver timeouts (see `openPostgres`). On PGlite nothing can be interrupted: a statement runs on this
 * thread (the timer fires only after it returns), and a call queued behind others still runs later, so a write
 * reported as failed may still land — the same ambiguity as a commit whose answer was lost on a network.
 */
export async function withinBudget<T>(call: () => Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DatabaseError('database_timeout', `${label} took longer than ${ms} ms`)),
      ms,
    );
    timer.unref();
  });
  try {
    // Promise.race subscribes to `call()`, so its rejection after the deadline is handled, not "unhandled".
    return await Promise.race([call(), late]);
  } catch (error) {
    throw asDatabaseError(error) ?? error;
  } finally {
    clearTimeout(timer);
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * The same repository, every method of which runs within `budget.callMs` and reports a slow or unreachable
 * database as a `DatabaseError`. The composition root wraps each repository set with its budget, so the
 * repositories themselves stay plain drizzle code.
 */
export function withTimeBudget<T extends object>(repository: T, budget: TimeBudget, name: string): T {
  const budgeted: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(repository)) {
    if (typeof member !== 'function') {
      budgeted[key] = member;
      continue;
    }
    budgeted[key] = (...args: unknown[]) => {
      const result: unknown = member.apply(repository, args);
      // Only calls that go to the database (they return a promise) get a deadline; helpers stay synchronous.
      return isPromise(result) ? withinBudget(() => result, budget.callMs, `${name}.${key}`) : result;
    };
  }
  return budgeted as T;
}
