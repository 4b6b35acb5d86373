import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REQUEST_BUDGET } from '../../src/db/budgets.js';
import { type Database, openPostgres } from '../../src/db/client.js';
import { processedEvents } from '../../src/db/schema/index.js';
import { DatabaseError, withinBudget } from '../../src/db/time-budget.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setting = async (db: Database['db'], name: string) =>
  String(
    ((await db.execute(sql.raw(`show ${name}`))) as unknown as { rows: Record<string, string>[] }).rows[0]?.[
      name
    ],
  );

/** How long `call` took and what it failed with. */
async function timed(call: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = Date.now();
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { ms: Date.now() - started, error };
}

function causeCodes(error: unknown): unknown[] {
  const codes: unknown[] = [];
  for (let link = error; link; link = (link as Error).cause) codes.push((link as { code?: unknown }).code);
  return codes;
}

// Server-side timeouts and lost connections need a Postgres server (CI always has one).
describePostgresOnly('database time budgets on Postgres', () => {
  let real: TestDatabase;
  let proxy: TcpProxy;
  let database: Database;

  beforeAll(async () => {
    real = await createTestDatabase('postgres');
    const url = new URL(real.url as string);
    proxy = await new TcpProxy(url.hostname, Number(url.port || 5432)).start();
    url.host = `127.0.0.1:${proxy.port}`;
    database = await openPostgres(url.toString());
  });
  afterAll(async () => {
    await database?.close();
    await real?.destroy();
  });

  it('each pool carries its budget to the server: the request path, background work and migrations', async () => {
    expect(await setting(database.db, 'statement_timeout')).toBe('2s');
    expect(await setting(database.db, 'lock_timeout')).toBe('1s');
    expect(await setting(database.db, 'idle_in_transaction_session_timeout')).toBe('5s');
    expect(await setting(database.backgroundDb, 'statement_timeout')).toBe('50s');
    expect(await setting(database.backgroundDb, 'lock_timeout')).toBe('10s');
    expect(await database.withAdvisoryLock(1, (db) => setting(db, 'statement_timeout'))).toBe('10min');
  });

  it('a runaway statement on the request path is cancelled by the server at 2 s and reads as "try again"', async () => {
    const { ms, error } = await timed(() =>
      withinBudget(() => database.db.execute(sql`select pg_sleep(10)`), REQUEST_BUDGET.callMs, 'sleep'),
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'database_timeout', messageKey: 'common.tryAgain' });
    expect(causeCodes(error)).toContain('57014');
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(REQUEST_BUDGET.callMs);
    // The server cancelled only the statement: the same pool serves the next call at once.
    expect(await setting(database.db, 'statement_timeout')).toBe('2s');
  });

  it('a database that goes silent mid-transaction (open but not answering): the call fails within its budget, nothing is half-written, and the pool recovers by itself', async () => {
    const eventId = `Ev_silent_${randomUUID()}`;
    const { ms, error } = await timed(() =>
      withinBudget(
        () =>
          database.db.transaction(async (tx) => {
            await tx.insert(processedEvents).values({ eventId, teamId: 'T_SILENT' });
            proxy.freeze();
            await tx.insert(processedEvents).values({ eventId: `${eventId}_2`, teamId: 'T_SILENT' });
          }),
        REQUEST_BUDGET.callMs,
        'write',
      ),
    );
    try {
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({ code: 'database_timeout', messageKey: 'common.tryAgain' });
      expect(ms).toBeLessThan(REQUEST_BUDGET.callMs + 500);

      const pinged = await timed(async () => expect(await database.ping()).toBe(false));
      expect(pinged.ms).toBeLessThan(1000);
      const next = await timed(() =>
        withinBudget(() => database.db.select().from(processedEvents), REQUEST_BUDGET.callMs, 'read'),
      );
      expect(next.error).toBeInstanceOf(DatabaseError);
      expect(next.ms).toBeLessThan(REQUEST_BUDGET.callMs + 500);
    } finally {
      proxy.thaw();
    }

    // Healed: the pool has dropped the dead connections and works again, with no restart.
    await expectEventually(async () => (await database.ping()) === true);
    const [written] = await real.db
      .select({ n: count() })
      .from(processedEvents)
      .where(eq(processedEvents.teamId, 'T_SILENT'));
    expect(written?.n).toBe(0);
    await database.db.insert(processedEvents).values({ eventId, teamId: 'T_SILENT' });
    const [after] = await real.db
      .select({ n: count() })
      .from(processedEvents)
      .where(eq(processedEvents.teamId, 'T_SILENT'));
    expect(after?.n).toBe(1);
  });
});

async function expectEventually(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await pause(100);
  }
}
