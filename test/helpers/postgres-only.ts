import { describe } from 'vitest';

/** In the name of every suite that needs a real Postgres server; the summary reporter counts them by it. */
export const POSTGRES_ONLY_TAG = '[Postgres only]';

/**
 * A suite that needs a real Postgres server (a crash with kill -9, an outage, several instances or processes on
 * one database): PGlite is in-process and runs one statement at a time, so these cannot run on it. Skipped
 * without TEST_DATABASE_URL; test/reporters/summary-line.ts then says how many were skipped and why, and
 * .ci/run fails when any is skipped in its Postgres run.
 */
export function describePostgresOnly(name: string, body: () => void): void {
  describe.runIf(Boolean(process.env.TEST_DATABASE_URL))(`${name} ${POSTGRES_ONLY_TAG}`, body);
}
