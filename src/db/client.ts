import type { Database } from './database.js';
import type { PgliteDatabase } from './pglite.js';
import { asDatabaseError } from './time-budget.js';

export type { Database, Db, QueryListener, Schema } from './database.js';
export type { PgliteDatabase } from './pglite.js';
export { DatabaseError } from './time-budget.js';

/**
 * True when `error` says the database could not be reached or did not answer in time (as opposed to a query
 * that was refused): the request did not happen, and the user is told to try again in both languages.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return asDatabaseError(error) !== undefined;
}

/*
 * Each store's code is loaded only when that store is opened (issue 24): a process on Postgres never loads
 * PGlite, one on the embedded store never loads the `pg` driver (BENCHMARKS.md, section 4).
 */

/** Embedded Postgres (see `./pglite.ts`). */
export async function openPglite(
  options: Parameters<typeof import('./pglite.js').openPglite>[0] = {},
): Promise<PgliteDatabase> {
  const { openPglite: open } = await import('./pglite.js');
  return open(options);
}

/** A Postgres server (see `./postgres.ts`). */
export async function openPostgres(
  ...args: Parameters<typeof import('./postgres.js').openPostgres>
): Promise<Database> {
  const { openPostgres: open } = await import('./postgres.js');
  return open(...args);
}

export function openDatabase(settings: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres(settings.databaseUrl)
    : openPglite({ dataDir: settings.dataDir });
}
